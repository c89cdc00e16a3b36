package ch.mailbench.app.ui.data;

import ch.mailbench.app.ui.task.SwingTaskExecutor;
import ch.mailbench.app.ui.Messages;
import ch.mailbench.app.ui.ErrorTexts;
import ch.mailbench.app.AppFactory;
import ch.mailbench.app.Workbench;
import ch.mailbench.core.model.SheetLanguage;
import ch.mailbench.core.vault.UnlockHandler;
import ch.mailbench.persistence.DatabaseLocation;
import ch.mailbench.app.testing.GuiTest;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.JFrame;
import javax.swing.JLabel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** File → Import… after the file was chosen: the report on screen, and importing the valid lines only. */
class ImportActionTest extends GuiTest {

    @TempDir
    Path folder;

    private Workbench workbench;
    private JFrame frame;
    private final AtomicInteger refreshed = new AtomicInteger();

    @BeforeEach
    void open() {
        workbench = new AppFactory(new DatabaseLocation(Map.of(), "Linux", folder), Clock.systemUTC(), Map.of(), 1_000)
                .open(folder.resolve("m.db"));
        frame = show(() -> {
            JFrame window = new JFrame("Mailbench");
            window.setSize(900, 600);
            return window;
        }).targetCastedTo(JFrame.class);
    }

    @Test
    void showsEveryProblemAndImportsTheValidLinesOnRequest() throws Exception {
        Path file = Files.writeString(folder.resolve("kunden.csv"), "customer;email;incoming_port;incoming_host\n"
                + "Boulangerie Dupont;marie@bakery-dupont.ch;993;mail.infomaniak.com\n"
                + "Garage Meier;info@garage-meier;99999;imap.bluewin.ch\n");
        ImportAction action = GuiActionRunner.execute(() -> new ImportAction(frame, workbench.store(), workbench.vault(),
                UnlockHandler.stayLocked(), () -> SheetLanguage.DE, new DataMessages(Locale.GERMAN), refreshed::incrementAndGet,
                new SwingTaskExecutor(), new ErrorTexts(new Messages(Locale.GERMAN))));

        GuiActionRunner.execute(() -> action.run(file, false));

        DialogFixture report = dialog("importReportDialog");
        assertThat(report.label("importSummary").text()).contains("Nichts wurde importiert: zuerst 2 Problem(e) beheben.");
        JTableFixture problems = report.table("importProblems");
        assertThat(problems.contents()).isDeepEqualTo(new String[][] {
                new String[] {"3", "email", "\"info@garage-meier\" is not a valid email address: The domain name \"garage-meier\" needs a dot and an ending, such as .ch or .com"},
                new String[] {"3", "incoming_port", "Port must be between 1 and 65535"}});
        assertThat(workbench.store().repositories().mailboxes().count()).isZero();
        assertThat(refreshed).hasValue(0);

        press(report.button("importValidOnly"));

        DialogFixture done = dialog("importReportDialog",
                dialog -> ((JLabel) robot.finder().findByName(dialog, "importSummary", false)).getText().contains("Importiert."));
        assertThat(done.label("importSummary").text()).contains("neue Postfächer: 1", "Ausgelassene Zeilen: 2.");
        assertThat(workbench.store().repositories().mailboxes().count()).isEqualTo(1);
        assertThat(refreshed).hasValue(1);
        press(done.button("importClose"));
    }
}
