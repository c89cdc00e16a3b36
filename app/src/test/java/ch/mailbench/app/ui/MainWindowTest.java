package ch.mailbench.app.ui;

import ch.mailbench.core.model.Customer;
import ch.mailbench.core.model.SheetLanguage;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.core.NameMatcher;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.JFrame;
import javax.swing.JList;
import javax.swing.UIManager;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.timing.Pause.pause;
import static org.assertj.swing.timing.Timeout.timeout;

class MainWindowTest {

    @TempDir
    Path folder;

    private ConsoleUnderTest console;

    @BeforeAll
    static void failOnEdtViolations() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void openConsole() {
        console = new ConsoleUnderTest(folder);
    }

    @AfterEach
    void closeWindow() throws Exception {
        console.close();
    }

    @Test
    void showsTheCustomersReadFromTheDatabaseAndOpensTheFirst() {
        console.workbench.store().repositories().customers().insert(Customer.create("Garage Meier", SheetLanguage.DE));
        console.workbench.store().repositories().customers().insert(Customer.create("Boulangerie Dupont", SheetLanguage.FR));

        FrameFixture window = console.show();

        console.waitForStatus("2 customers");
        assertThat(window.list("customerList").contents()).containsExactly("Boulangerie Dupont", "Garage Meier");
        console.waitForCustomer("Boulangerie Dupont");
    }

    @Test
    void theStartShowsTheWindowAndThenTheCustomersLoadedInTheBackground() {
        console.workbench.store().repositories().customers().insert(Customer.create("Garage Meier", SheetLanguage.DE));
        Robot robot = BasicRobot.robotWithCurrentAwtHierarchy();
        try {
            new ConsoleLauncher(console.factory, console.preferences, Locale.ENGLISH).launch(folder.resolve("m.db"));

            FrameFixture window = WindowFinder.findFrame("mainWindow").withTimeout(30_000).using(robot);
            pause(new Condition("the customer list shows Garage Meier") {
                @Override
                public boolean test() {
                    return GuiActionRunner.execute(() -> window.robot().finder()
                            .findAll(window.target(), new NameMatcher("customerList", JList.class, true)).stream()
                            .anyMatch(list -> ((JList<?>) list).getModel().getSize() == 1));
                }
            }, timeout(30_000));
            assertThat(window.list("customerList").contents()).containsExactly("Garage Meier");
            window.label("status").requireText("1 customer");
        } finally {
            robot.cleanUp();
        }
    }

    @Test
    void anEmptyDatabaseTeachesWhatToDo() {
        FrameFixture window = console.show();

        console.waitForStatus("No customers");
        window.label("emptyHint").requireText("No customers yet — add one (Ctrl+N) or import a CSV file.");
    }

    @Test
    void reopensTheCustomerSelectedLastTime() {
        console.workbench.store().repositories().customers().insert(Customer.create("Boulangerie Dupont", SheetLanguage.FR));
        Customer meier = console.workbench.store().repositories().customers().insert(Customer.create("Garage Meier", SheetLanguage.DE));
        console.preferences.setLastCustomer(meier.id());

        FrameFixture window = console.show();

        console.waitForStatus("2 customers");
        console.waitForCustomer("Garage Meier");
        window.list("customerList").requireSelection("Garage Meier");
    }

    @Test
    void switchesToTheDarkThemeAndRemembersIt() {
        FrameFixture window = console.show();
        console.waitForStatus("No customers");

        window.menuItemWithPath("View", "Theme", "Dark").click();

        assertThat(GuiActionRunner.execute(() -> UIManager.getLookAndFeel().getName())).isEqualTo("FlatLaf Dark");
        assertThat(console.preferences.theme()).isEqualTo(Theme.DARK);
        window.menuItemWithPath("View", "Theme", "Light").click();
        assertThat(GuiActionRunner.execute(() -> UIManager.getLookAndFeel().getName())).isEqualTo("FlatLaf Light");
    }

    @Test
    void switchingTheLanguageReopensTheWindowInIt() {
        FrameFixture window = console.show();
        console.waitForStatus("No customers");

        window.menuItemWithPath("View", "Language", "Deutsch (German)").click();

        FrameFixture german = WindowFinder.findFrame(new GenericTypeMatcher<JFrame>(JFrame.class) {
            @Override
            protected boolean isMatching(JFrame frame) {
                return frame.isShowing() && frame.getJMenuBar() != null && frame.getJMenuBar().getMenu(0).getText().equals("Datei");
            }
        }).withTimeout(5_000).using(window.robot());
        german.label("emptyHint").requireText("Noch keine Kunden — fügen Sie einen hinzu (Ctrl+N) oder importieren Sie eine CSV-Datei.");
        assertThat(console.preferences.language()).isEqualTo(UiLanguage.GERMAN);
    }
}
