package ch.mailbench.app.ui.vault;

import ch.mailbench.app.ui.task.SwingTaskExecutor;
import ch.mailbench.app.ui.Messages;
import ch.mailbench.app.ui.ErrorTexts;
import ch.mailbench.app.Workbench;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.vault.UnlockHandler;
import ch.mailbench.app.testing.GarageMeier;
import ch.mailbench.app.testing.GuiTest;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.JPasswordField;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Entering and removing one mailbox's password through the console, on a real database. */
class MailboxPasswordDialogTest extends GuiTest {

    @TempDir
    Path folder;

    private Workbench workbench;
    private Mailbox mailbox;

    @BeforeEach
    void openDatabase() {
        // 10:00 UTC is 2026-11-30 in every time zone from UTC−10 to UTC+13.
        GarageMeier garage = GarageMeier.in(folder, Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC));
        workbench = garage.workbench();
        mailbox = garage.mailbox();
    }

    @Test
    void saysWhetherAPasswordIsStoredConfirmsTheSaveAndRemovesItAgain() {
        DialogFixture dialog = show(UnlockHandler.stayLocked());
        assertThat(GuiActionRunner.execute(() -> dialog.target().getTitle())).isEqualTo("Password of info@garage-meier.ch");
        waitUntil("passwordStored says " + "No password is stored for this mailbox yet.",
                () -> textOf(dialog, "passwordStored").contains("No password is stored for this mailbox yet."));
        dialog.button("savePassword").requireDisabled();
        dialog.button("removePassword").requireDisabled();

        type(dialog.textBox("mailboxPassword"), "Winter2026!");
        eventually(() -> dialog.button("savePassword").requireEnabled());
        press(dialog.button("savePassword"));

        waitUntil("passwordNotice says " + "✔ Password saved.",
                () -> textOf(dialog, "passwordNotice").contains("✔ Password saved."));
        assertThat(workbench.vault().password(mailbox.id())).hasValueSatisfying(p -> assertThat(new String(p)).isEqualTo("Winter2026!"));
        waitUntil("passwordStored says when", () -> textOf(dialog, "passwordStored")
                .contains("Password stored on 2026-11-30. Type a new one to replace it."));
        dialog.textBox("mailboxPassword").requireText("");
        dialog.button("savePassword").requireDisabled();
        press(dialog.button("closePassword"));
        waitUntil("the dialog closed", () -> !GuiActionRunner.execute(() -> dialog.target().isShowing()));

        DialogFixture again = show(UnlockHandler.stayLocked());
        waitUntil("passwordStored says " + "Password stored on 2026-11-30.",
                () -> textOf(again, "passwordStored").contains("Password stored on 2026-11-30. Type a new one to replace it."));
        eventually(() -> again.button("removePassword").requireEnabled());
        press(again.button("removePassword"));
        waitUntil("passwordNotice says " + "✔ Stored password removed.",
                () -> textOf(again, "passwordNotice").contains("✔ Stored password removed."));
        assertThat(workbench.vault().hasPassword(mailbox.id())).isFalse();
        assertThat(textOf(again, "passwordStored")).contains("No password is stored for this mailbox yet.");
    }

    @Test
    void showsTheTypedPasswordOnRequestAndHidesItAgain() {
        DialogFixture dialog = show(UnlockHandler.stayLocked());
        type(dialog.textBox("mailboxPassword"), "Winter2026!");
        char hidden = GuiActionRunner.execute(() -> ((JPasswordField) dialog.textBox("mailboxPassword").target()).getEchoChar());
        assertThat(hidden).isNotEqualTo((char) 0);

        press(dialog.checkBox("shown"));
        eventually(() -> assertThat(GuiActionRunner.execute(() -> ((JPasswordField) dialog.textBox("mailboxPassword").target())
                .getEchoChar())).isEqualTo((char) 0));
        press(dialog.checkBox("shown"));
        eventually(() -> assertThat(GuiActionRunner.execute(() -> ((JPasswordField) dialog.textBox("mailboxPassword").target())
                .getEchoChar())).isEqualTo(hidden));
        dialog.close();
    }

    @Test
    void aVaultThatStaysLockedChangesNothingAndSaysSo() {
        workbench.vault().lock();
        DialogFixture dialog = show(UnlockHandler.stayLocked());

        type(dialog.textBox("mailboxPassword"), "Winter2026!");
        eventually(() -> dialog.button("savePassword").requireEnabled());
        press(dialog.button("savePassword"));

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
            vault.unlock(GarageMeier.MASTER_PASSWORD.toCharArray());
            return true;
        });

        type(dialog.textBox("mailboxPassword"), "s3cret");
        eventually(() -> dialog.button("savePassword").requireEnabled());
        press(dialog.button("savePassword"));

        waitUntil("the password is stored", () -> workbench.vault().hasPassword(mailbox.id()));
    }

    private DialogFixture show(UnlockHandler unlock) {
        GuiActionRunner.execute(() -> {
            MailboxPasswordDialog dialog = new MailboxPasswordDialog(null, workbench.vault(), unlock, mailbox, java.util.Optional.empty(), new VaultMessages(Locale.ENGLISH),
                    new SwingTaskExecutor(), new ErrorTexts(new Messages(Locale.ENGLISH)));
            javax.swing.SwingUtilities.invokeLater(dialog::show);
        });
        return dialog("mailboxPasswordDialog");
    }
}
