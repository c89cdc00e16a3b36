package ch.mailbench.app.ui;

import ch.mailbench.app.testing.GuiTest;
import ch.mailbench.core.model.Customer;
import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.MailboxType;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.SheetLanguage;
import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.core.port.Repositories;
import org.assertj.swing.core.KeyPressInfo;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.KeyboardFocusManager;
import java.awt.Toolkit;
import java.awt.datatransfer.DataFlavor;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The issue's keyboard path at 1280×800, without the mouse: search → Esc → Tab to the mailbox
 * table → Enter → edit → Ctrl+T → copy settings → F2 → Delete (Cancel); the status bar counts what the search shows.
 */
class KeyboardScenarioTest extends GuiTest {

    @TempDir
    Path folder;

    private ConsoleUnderTest console;
    private FrameFixture window;
    private Mailbox paul;

    @BeforeEach
    void openConsole() {
        console = new ConsoleUnderTest(folder, this);
        Repositories repositories = console.workbench.store().repositories();
        for (String name : new String[] {"Garage Meier", "Cabinet Rossi", "Fiduciaire Favre"}) {
            repositories.customers().insert(Customer.create(name, SheetLanguage.FR));
        }
        Customer dupont = repositories.customers().insert(Customer.create("Boulangerie Dupont", SheetLanguage.FR));
        MailDomain bakery = repositories.domains().insert(MailDomain.create(dupont.id(), DomainName.of("bakery-dupont.ch"),
                "Infomaniak", ServerSettings.of(MailboxType.IMAP, Endpoint.of("mail.infomaniak.com", 993, Security.SSL_TLS),
                        Endpoint.of("mail.infomaniak.com", 465, Security.SSL_TLS), true, UsernameFormat.FULL_ADDRESS)));
        paul = repositories.mailboxes().insert(Mailbox.create(bakery.id(), EmailAddress.parse("paul@bakery-dupont.ch"), "")
                .withOwnSettings(java.util.Optional.of(ServerSettings.of(MailboxType.POP3,
                        Endpoint.of("pop.infomaniak.com", 995, Security.SSL_TLS), Endpoint.of("mail.infomaniak.com", 465, Security.SSL_TLS),
                        true, UsernameFormat.LOCAL_PART))));
        window = console.show();
        console.waitForStatus("4 customers");
    }

    @Test
    void searchEscTabToTheMailboxesEnterEditTestAndCopyWithoutTheMouse() throws Exception {
        assertThat(GuiActionRunner.execute(() -> window.target().getSize())).matches(size -> size.width <= 1280 && size.height <= 800);
        window.pressAndReleaseKey(ctrl(KeyEvent.VK_F));
        eventually(() -> window.textBox("search").requireFocused());

        type(window.textBox("search"), "dupont");
        console.waitForStatus("1 of 4 customers");
        console.waitForCustomer("Boulangerie Dupont");
        window.textBox("search").pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        eventually(() -> window.textBox("search").requireText(""));
        console.waitForStatus("4 customers");
        console.waitForCustomer("Boulangerie Dupont");

        window.textBox("search").pressAndReleaseKeys(KeyEvent.VK_TAB);
        eventually(() -> window.list("customerList").requireFocused());
        window.list("customerList").pressAndReleaseKeys(KeyEvent.VK_TAB);
        eventually(() -> window.table("domainTable").requireFocused());
        window.table("domainTable").pressAndReleaseKeys(KeyEvent.VK_TAB);
        eventually(() -> window.table("mailboxTable").requireFocused());
        // The mailbox table shows what differs from the domain, the rest reads "as domain".
        assertThat(window.table("mailboxTable").contents()[0]).containsSubsequence("paul@bakery-dupont.ch",
                "POP3 pop.infomaniak.com:995 SSL/TLS", "as domain", "before the @");

        window.table("mailboxTable").pressAndReleaseKeys(KeyEvent.VK_DOWN);
        waitUntil("the first mailbox is selected", () -> window.table("mailboxTable").target().getSelectedRow() == 0);
        window.table("mailboxTable").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        DialogFixture edit = dialog("mailboxDialog");
        eventually(() -> edit.textBox("localPart").requireFocused());
        edit.pressAndReleaseKey(alt(KeyEvent.VK_D));
        eventually(() -> edit.textBox("displayName").requireFocused());
        type(edit.textBox("displayName"), "Paul Dupont");
        edit.textBox("displayName").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitUntil("the edit is saved", () -> console.workbench.store().repositories().mailboxes().findById(paul.id())
                .orElseThrow().displayName().equals("Paul Dupont"));
        waitUntil("the mailbox dialog is closed", () -> !edit.target().isShowing());

        giveFocus(window.target());
        tabTo("mailboxTable");
        waitUntil("the mailbox is still selected", () -> window.table("mailboxTable").target().getSelectedRow() == 0);
        window.table("mailboxTable").pressAndReleaseKey(ctrl(KeyEvent.VK_T));
        DialogFixture test = dialog("mailboxTestDialog");
        // Esc cancels a test still running, then closes.
        eventually(() -> {
            if (onEdt(test.target()::isShowing)) {
                test.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
            }
            assertThat(onEdt(test.target()::isShowing)).isFalse();
        });

        giveFocus(window.target());
        tabTo("mailboxTable");
        window.table("mailboxTable").pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_C).modifiers(CTRL | SHIFT));
        eventually(() -> assertThat(clipboard()).isEqualTo("""
                paul@bakery-dupont.ch
                Incoming mail server (POP3): pop.infomaniak.com, port 995, SSL/TLS
                Outgoing mail server (SMTP): mail.infomaniak.com, port 465, SSL/TLS, authentication required
                Username: paul
                """));

        window.table("mailboxTable").pressAndReleaseKeys(KeyEvent.VK_F2);
        DialogFixture again = dialog("mailboxDialog");
        again.textBox("displayName").requireText("Paul Dupont");
        again.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        waitUntil("the mailbox dialog is closed", () -> !again.target().isShowing());

        giveFocus(window.target());
        tabTo("mailboxTable");
        window.table("mailboxTable").pressAndReleaseKeys(KeyEvent.VK_DELETE);
        JOptionPaneFixture question = message();
        assertThat(question.target().getMessage().toString()).contains("paul@bakery-dupont.ch");
        press(question.buttonWithText("Cancel"));
        waitUntil("the question is closed", () -> !onEdt(question.target()::isShowing));
        assertThat(console.workbench.store().repositories().mailboxes().findById(paul.id())).as("Cancel deletes nothing").isPresent();

        giveFocus(window.target());
        tabTo("mailboxTable");
        window.table("mailboxTable").pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_TAB).modifiers(SHIFT));
        eventually(() -> window.table("domainTable").requireFocused());
        window.table("domainTable").pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_TAB).modifiers(SHIFT));
        eventually(() -> window.list("customerList").requireFocused());

        window.pressAndReleaseKey(alt(KeyEvent.VK_H));
        window.robot().pressAndReleaseKey(KeyEvent.VK_K);
        DialogFixture keys = dialog("keyboardHelp");
        assertThat(keys.label("keys11").text()).isEqualTo("Ctrl+T");
        assertThat(keys.label("does11").text()).isEqualTo("Test the selected mailbox");
        assertThat(keys.label("keys12").text()).isEqualTo("Ctrl+Shift+C");
        keys.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        waitUntil("the keyboard help is closed", () -> !keys.target().isShowing());
    }

    /**
     * Xvfb has no window manager to give the focus back to the part that had it when a dialog
     * closes; the technician's desktop does. Here the keyboard takes it there: Tab until it is.
     */
    private void tabTo(String name) {
        java.awt.Component target = window.robot().finder().findByName(window.target(), name);
        for (int i = 0; i < 4 && !onEdt(() -> focusOwner() == target); i++) {
            waitUntil("something in the window has the focus", () -> focusOwner() != null);
            window.robot().pressAndReleaseKey(KeyEvent.VK_TAB);
            window.robot().waitForIdle();
        }
        waitUntil(name + " has the focus", () -> focusOwner() == target);
    }

    private static java.awt.Component focusOwner() {
        return KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
    }

    private static String clipboard() {
        try {
            return (String) Toolkit.getDefaultToolkit().getSystemClipboard().getData(DataFlavor.stringFlavor);
        } catch (Exception e) {
            throw new AssertionError("no text on the clipboard: " + e, e);
        }
    }

    /** AssertJ Swing maps the old-style modifier masks to the keys it presses. */
    @SuppressWarnings("deprecation")
    private static final int CTRL = InputEvent.CTRL_MASK;
    @SuppressWarnings("deprecation")
    private static final int SHIFT = InputEvent.SHIFT_MASK;
    @SuppressWarnings("deprecation")
    private static final int ALT = InputEvent.ALT_MASK;

    private static KeyPressInfo ctrl(int keyCode) {
        return KeyPressInfo.keyCode(keyCode).modifiers(CTRL);
    }

    private static KeyPressInfo alt(int keyCode) {
        return KeyPressInfo.keyCode(keyCode).modifiers(ALT);
    }
}
