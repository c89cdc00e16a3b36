package ch.mailbench.app.ui.data;

import ch.mailbench.app.AppFactory;
import ch.mailbench.app.Workbench;
import ch.mailbench.app.testing.GarageMeier;
import ch.mailbench.app.testing.GuiTest;
import ch.mailbench.app.ui.ErrorTexts;
import ch.mailbench.app.ui.Messages;
import ch.mailbench.app.ui.task.SwingTaskExecutor;
import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.persistence.DatabaseLocation;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** File → Backup… in the console, as the command line's {@code mailbench backup}: a copy that opens, never over the file itself. */
class BackupActionTest extends GuiTest {

    @TempDir
    Path folder;

    @Test
    void theChosenFileBecomesACopyThatOpensAndTheDatabaseItselfIsRefused() {
        GarageMeier garage = GarageMeier.in(folder);
        Workbench workbench = garage.workbench();
        JFrame frame = showOwner(900, 600).targetCastedTo(JFrame.class);
        BackupAction backup = GuiActionRunner.execute(() -> new BackupAction(frame, workbench.database(), Clock.systemUTC(),
                new DataMessages(Locale.FRENCH), new SwingTaskExecutor(), new ErrorTexts(new Messages(Locale.FRENCH))));

        SwingUtilities.invokeLater(backup::chooseAndBackUp);
        saveAs("backupChooser", workbench.database().file().orElseThrow());
        JOptionPaneFixture refused = message();
        assertThat(refused.target().getMessage().toString()).isEqualTo(new DataMessages(Locale.FRENCH).get("backup.notItself"));
        acknowledge(refused);

        Path copy = folder.resolve("copies").resolve("garage-meier.db");
        copy.getParent().toFile().mkdirs();
        SwingUtilities.invokeLater(backup::chooseAndBackUp);
        saveAs("backupChooser", copy);
        JOptionPaneFixture done = message();
        assertThat(done.target().getMessage().toString()).isEqualTo(new DataMessages(Locale.FRENCH).format("backup.done", copy));
        acknowledge(done);

        Workbench opened = new AppFactory(new DatabaseLocation(Map.of(), "Linux", folder.resolve("copies")), Clock.systemUTC(), Map.of(), 1_000)
                .open(copy);
        assertThat(opened.store().repositories().mailboxes().findByAddress(EmailAddress.parse("info@garage-meier.ch"))).isPresent();
    }
}
