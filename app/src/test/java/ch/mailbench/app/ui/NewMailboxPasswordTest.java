package ch.mailbench.app.ui;

import ch.mailbench.app.testing.GuiTest;
import ch.mailbench.core.model.Customer;
import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.SheetLanguage;
import org.assertj.swing.core.KeyPressInfo;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Toolkit;
import java.awt.datatransfer.StringSelection;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A new mailbox with its password in one dialog, the address pasted whole, on a real database. */
class NewMailboxPasswordTest extends GuiTest {

    @TempDir
    Path folder;

    private ConsoleUnderTest console;
    private FrameFixture window;

    @BeforeEach
    void openConsole() {
        console = new ConsoleUnderTest(folder, this);
        Customer meier = console.addCustomer("Garage Meier", SheetLanguage.DE);
        console.workbench.store().repositories().domains().insert(
                MailDomain.create(meier.id(), DomainName.of("garage-meier.ch"), "", ServerSettings.unknown()));
        console.workbench.vault().setUp("a long master password".toCharArray(), Duration.ofMinutes(15));
        window = console.show();
        console.waitForCustomer("Garage Meier");
    }

    @Test
    void aPastedAddressIsSplitAndTheTypedPasswordIsStoredInTheVault() {
        giveFocus(window.target());
        window.label("customerName").click().pressAndReleaseKey(ctrl(KeyEvent.VK_M));
        DialogFixture dialog = dialog("mailboxDialog");
        GuiActionRunner.execute(() -> Toolkit.getDefaultToolkit().getSystemClipboard()
                .setContents(new StringSelection("marie@garage-meier.ch"), null));
        focus(dialog.textBox("localPart")).pressAndReleaseKey(ctrl(KeyEvent.VK_V));
        eventually(() -> dialog.textBox("localPart").requireText("marie"));
        type(dialog.textBox("newMailboxPassword"), "Winter2026!");
        eventually(() -> dialog.button("ok").requireEnabled());

        press(dialog.button("ok"));

        waitUntil("the dialog is closed", () -> !GuiActionRunner.execute(() -> dialog.target().isShowing()));
        Mailbox marie = console.workbench.store().repositories().mailboxes().findAll().stream()
                .filter(m -> m.address().equals(EmailAddress.parse("marie@garage-meier.ch"))).findFirst().orElseThrow();
        assertThat(console.workbench.vault().password(marie.id()))
                .hasValueSatisfying(p -> assertThat(new String(p)).isEqualTo("Winter2026!"));
    }

    /** AssertJ Swing maps the old-style modifier masks to the keys it presses. */
    @SuppressWarnings("deprecation")
    private static KeyPressInfo ctrl(int keyCode) {
        return KeyPressInfo.keyCode(keyCode).modifiers(java.awt.event.InputEvent.CTRL_MASK);
    }
}
