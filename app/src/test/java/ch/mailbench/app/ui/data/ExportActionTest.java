package ch.mailbench.app.ui.data;

import ch.mailbench.app.Workbench;
import ch.mailbench.app.testing.GarageMeier;
import ch.mailbench.app.testing.GuiTest;
import ch.mailbench.app.ui.ErrorTexts;
import ch.mailbench.app.ui.Messages;
import ch.mailbench.app.ui.task.SwingTaskExecutor;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.vault.UnlockHandler;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.JFrame;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** File → Export CSV… after the choice and the file: written in the background, with passwords only through the vault. */
class ExportActionTest extends GuiTest {

    @TempDir
    Path folder;

    private Workbench workbench;
    private JFrame frame;
    private Mailbox mailbox;

    @BeforeEach
    void open() {
        GarageMeier garage = GarageMeier.in(folder);
        workbench = garage.workbench();
        mailbox = garage.mailbox();
        workbench.vault().storePassword(mailbox.id(), "Winter2026!".toCharArray());
        frame = showOwner(900, 600).targetCastedTo(JFrame.class);
    }

    private ExportAction action(UnlockHandler unlock) {
        return GuiActionRunner.execute(() -> new ExportAction(frame, workbench.store(), workbench.vault(), unlock,
                new DataMessages(Locale.GERMAN), new SwingTaskExecutor(), new ErrorTexts(new Messages(Locale.GERMAN))));
    }

    @Test
    void withoutPasswordsTheFileHoldsTheMailboxesOnly() throws Exception {
        Path target = folder.resolve("kunden.csv");

        GuiActionRunner.execute(() -> action(UnlockHandler.stayLocked()).exportTo(target, false));

        JOptionPaneFixture done = message();
        assertThat(done.target().getMessage().toString()).isEqualTo("1 Postfach/Postfächer nach " + target + " exportiert.");
        String csv = Files.readString(target);
        assertThat(csv).contains("info@garage-meier.ch").contains(";").doesNotContain("Winter2026!");
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
    }

    @Test
    void withPasswordsALockedVaultIsUnlockedFirstAndNothingIsWrittenWhenItStaysLocked() throws Exception {
        workbench.vault().lock();
        Path refused = folder.resolve("refused.csv");

        GuiActionRunner.execute(() -> action(UnlockHandler.stayLocked()).exportTo(refused, true));

        JOptionPaneFixture failed = message();
        assertThat(failed.target().getMessage().toString()).startsWith("Der Export ist fehlgeschlagen: ");
        // The next message is looked up only once this one is gone: a lookup before would find it again.
        acknowledge(failed);
        assertThat(refused).doesNotExist();

        Path target = folder.resolve("mit-passwoertern.csv");
        GuiActionRunner.execute(() -> action(vault -> {
            vault.unlock(GarageMeier.MASTER_PASSWORD.toCharArray());
            return true;
        }).exportTo(target, true));

        JOptionPaneFixture done = message();
        assertThat(done.target().getMessage().toString()).contains("Klartext");
        assertThat(Files.readString(target)).contains("Winter2026!");
    }
}
