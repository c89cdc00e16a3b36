package ch.mailbench.app.ui.vault;

import ch.mailbench.app.ui.task.SwingTaskExecutor;
import ch.mailbench.app.ui.Messages;
import ch.mailbench.app.ui.ErrorTexts;
import ch.mailbench.app.AppFactory;
import ch.mailbench.app.Workbench;
import ch.mailbench.core.model.Customer;
import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.SheetLanguage;
import ch.mailbench.core.vault.UnlockHandler;
import ch.mailbench.persistence.DatabaseLocation;
import ch.mailbench.app.testing.GuiTest;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.JPasswordField;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Entering and removing one mailbox's password through the console, on a real database. */
class MailboxPasswordDialogTest extends GuiTest {

    private static final char[] MASTER = "a long master password".toCharArray();

    @TempDir
    Path folder;

    private Workbench workbench;
    private Mailbox mailbox;

    @BeforeEach
    void openDatabase() {
        // 10:00 UTC is 2026-11-30 in every time zone from UTC−10 to UTC+13.
        workbench = new AppFactory(new DatabaseLocation(Map.of(), "Linux", folder),
                Clock.fixed(java.time.Instant.parse("2026-11-30T10:00:00Z"), java.time.ZoneOffset.UTC), Map.of(), 1_000)
                .open(folder.resolve("m.db"));
        Customer customer = workbench.store().repositories().customers().insert(Customer.create("Garage Meier", SheetLanguage.DE));
        MailDomain domain = workbench.store().repositories().domains().insert(
                MailDomain.create(customer.id(), DomainName.of("garage-meier.ch"), "", ServerSettings.unknown()));
        mailbox = workbench.store().repositories().mailboxes().insert(
                Mailbox.create(domain.id(), EmailAddress.parse("info@garage-meier.ch"), "Info"));
        workbench.vault().setUp(MASTER.clone(), Duration.ofMinutes(15));
    }

    @Test
    void saysWhetherAPasswordIsStoredConfirmsTheSaveAndRemovesItAgain() {
        DialogFixture dialog = show(UnlockHandler.stayLocked());
        assertThat(GuiActionRunner.execute(() -> dialog.target().getTitle())).isEqualTo("Password of info@garage-meier.ch");
        waitUntil("passwordStored says " + "No password is stored for this mailbox yet.",
                () -> textOf(dialog, "passwordStored").contains("No password is stored for this mailbox yet."));
        dialog.button("savePassword").requireDisabled();
        dialog.button("removePassword").requireDisabled();

        dialog.textBox("mailboxPassword").enterText("Winter2026!");
        eventually(() -> dialog.button("savePassword").requireEnabled());
        dialog.button("savePassword").click();

        waitUntil("passwordNotice says " + "✔ Password saved.",
                () -> textOf(dialog, "passwordNotice").contains("✔ Password saved."));
        assertThat(workbench.vault().password(mailbox.id())).hasValueSatisfying(p -> assertThat(new String(p)).isEqualTo("Winter2026!"));
        waitUntil("passwordStored says when", () -> textOf(dialog, "passwordStored")
                .contains("Password stored on 2026-11-30. Type a new one to replace it."));
        dialog.textBox("mailboxPassword").requireText("");
        dialog.button("savePassword").requireDisabled();
        dialog.button("closePassword").click();
        waitUntil("the dialog closed", () -> !GuiActionRunner.execute(() -> dialog.target().isShowing()));

        DialogFixture again = show(UnlockHandler.stayLocked());
        waitUntil("passwordStored says " + "Password stored on 2026-11-30.",
                () -> textOf(again, "passwordStored").contains("Password stored on 2026-11-30. Type a new one to replace it."));
        eventually(() -> again.button("removePassword").requireEnabled());
        again.button("removePassword").click();
        waitUntil("passwordNotice says " + "✔ Stored password removed.",
                () -> textOf(again, "passwordNotice").contains("✔ Stored password removed."));
        assertThat(workbench.vault().hasPassword(mailbox.id())).isFalse();
        assertThat(textOf(again, "passwordStored")).contains("No password is stored for this mailbox yet.");
    }

    @Test
    void showsTheTypedPasswordOnRequestAndHidesItAgain() {
        DialogFixture dialog = show(UnlockHandler.stayLocked());
        dialog.textBox("mailboxPassword").enterText("Winter2026!");
        char hidden = GuiActionRunner.execute(() -> ((JPasswordField) dialog.textBox("mailboxPassword").target()).getEchoChar());
        assertThat(hidden).isNotEqualTo((char) 0);

        dialog.checkBox("shown").click();
        eventually(() -> assertThat(GuiActionRunner.execute(() -> ((JPasswordField) dialog.textBox("mailboxPassword").target())
                .getEchoChar())).isEqualTo((char) 0));
        dialog.checkBox("shown").click();
        eventually(() -> assertThat(GuiActionRunner.execute(() -> ((JPasswordField) dialog.textBox("mailboxPassword").target())
                .getEchoChar())).isEqualTo(hidden));
        dialog.close();
    }

    @Test
    void aVaultThatStaysLockedChangesNothingAndSaysSo() {
        workbench.vault().lock();
        DialogFixture dialog = show(UnlockHandler.stayLocked());

        dialog.textBox("mailboxPassword").enterText("Winter2026!");
        eventually(() -> dialog.button("savePassword").requireEnabled());
        dialog.button("savePassword").click();

        waitUntil("passwordNotice says " + "The vault stayed locked: nothing was changed.",
                () -> textOf(dialog, "passwordNotice").contains("The vault stayed locked: nothing was changed."));
        assertThat(workbench.vault().hasPassword(mailbox.id())).isFalse();
        dialog.textBox("mailboxPassword").requireEnabled();
        dialog.close();
    }

    @Test
    void unlocksTheVaultWhenItIsLocked() {
        workbench.vault().lock();
        DialogFixture dialog = show(vault -> {
            vault.unlock(MASTER.clone());
            return true;
        });

        dialog.textBox("mailboxPassword").enterText("s3cret");
        eventually(() -> dialog.button("savePassword").requireEnabled());
        dialog.button("savePassword").click();

        waitUntil("the password is stored", () -> workbench.vault().hasPassword(mailbox.id()));
    }

    private DialogFixture show(UnlockHandler unlock) {
        GuiActionRunner.execute(() -> {
            MailboxPasswordDialog dialog = new MailboxPasswordDialog(null, workbench.vault(), unlock, mailbox, new VaultMessages(Locale.ENGLISH),
                    new SwingTaskExecutor(), new ErrorTexts(new Messages(Locale.ENGLISH)));
            javax.swing.SwingUtilities.invokeLater(dialog::show);
        });
        return dialog("mailboxPasswordDialog");
    }
}
