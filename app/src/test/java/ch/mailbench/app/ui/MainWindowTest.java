package ch.mailbench.app.ui;

import ch.mailbench.app.AppFactory;
import ch.mailbench.app.Workbench;
import ch.mailbench.core.model.Customer;
import ch.mailbench.core.model.SheetLanguage;
import ch.mailbench.persistence.DatabaseLocation;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.timing.Pause.pause;
import static org.assertj.swing.timing.Timeout.timeout;

class MainWindowTest {

    @TempDir
    Path folder;

    private FrameFixture window;

    @BeforeAll
    static void failOnEdtViolations() {
        FailOnThreadViolationRepaintManager.install();
    }

    @AfterEach
    void closeWindow() {
        if (window != null) {
            window.cleanUp();
        }
    }

    @Test
    void showsTheCustomersReadFromTheDatabase() {
        Workbench workbench = openWorkbench();
        workbench.store().repositories().customers().insert(Customer.create("Garage Meier", SheetLanguage.DE));
        workbench.store().repositories().customers().insert(Customer.create("Boulangerie Dupont", SheetLanguage.FR));

        window = showWindow(workbench);

        waitForStatus("2 customers");
        assertThat(window.list("customerList").contents()).containsExactly("Boulangerie Dupont", "Garage Meier");
        window.label("emptyHint").requireText("");
    }

    @Test
    void anEmptyDatabaseTeachesWhatToDo() {
        window = showWindow(openWorkbench());

        waitForStatus("No customers");
        window.label("emptyHint").requireText("No customers yet — add one (Ctrl+N) or import a CSV file.");
    }

    private Workbench openWorkbench() {
        return new AppFactory(new DatabaseLocation(Map.of(), "Linux", folder), Clock.systemUTC()).open(folder.resolve("m.db"));
    }

    private static FrameFixture showWindow(Workbench workbench) {
        MainWindow mainWindow = GuiActionRunner.execute(() -> new MainWindow(workbench, new Messages(Locale.ENGLISH)));
        FrameFixture fixture = new FrameFixture(mainWindow.frame());
        GuiActionRunner.execute(mainWindow::show);
        return fixture;
    }

    private void waitForStatus(String text) {
        pause(new Condition("status bar says " + text) {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> window.label("status").target().getText()).equals(text);
            }
        }, timeout(10_000));
    }
}
