package ch.mailbench.app.ui;

import ch.mailbench.core.model.Customer;
import ch.mailbench.core.model.SheetLanguage;
import ch.mailbench.app.testing.GuiTest;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.core.NameMatcher;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.JFrame;
import javax.swing.JList;
import javax.swing.UIManager;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class MainWindowTest extends GuiTest {

    @TempDir
    Path folder;

    private ConsoleUnderTest console;

    @BeforeEach
    void openConsole() {
        console = new ConsoleUnderTest(folder, this);
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

        new ConsoleLauncher(console.factory, console.preferences, Locale.ENGLISH).launch(folder.resolve("m.db"));

        FrameFixture window = WindowFinder.findFrame("mainWindow").withTimeout(60_000).using(robot);
        waitUntil("the customer list shows Garage Meier", () -> GuiActionRunner.execute(() -> robot.finder()
                .findAll(window.target(), new NameMatcher("customerList", JList.class, true)).stream()
                .anyMatch(list -> ((JList<?>) list).getModel().getSize() == 1)));
        assertThat(window.list("customerList").contents()).containsExactly("Garage Meier");
        window.label("status").requireText("1 customer");
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
        }).withTimeout(PATIENCE.duration()).using(robot);
        german.label("emptyHint").requireText("Noch keine Kunden — fügen Sie einen hinzu (Ctrl+N) oder importieren Sie eine CSV-Datei.");
        assertThat(console.preferences.language()).isEqualTo(UiLanguage.GERMAN);
    }

    @Test
    void theVaultStaysUnlockedWhenTheLanguageOrTheThemeChanges() {
        console.workbench.vault().setUp("dupont-Bakery-2026".toCharArray(), Duration.ofMinutes(15));
        FrameFixture window = console.show();
        console.waitForStatus("No customers");

        window.menuItemWithPath("View", "Theme", "Dark").click();
        assertThat(console.workbench.vault().isUnlocked()).isTrue();
        window.menuItemWithPath("View", "Language", "Français (French)").click();

        WindowFinder.findFrame(new GenericTypeMatcher<JFrame>(JFrame.class) {
            @Override
            protected boolean isMatching(JFrame frame) {
                return frame.isShowing() && frame.getJMenuBar() != null && frame.getJMenuBar().getMenu(0).getText().equals("Fichier");
            }
        }).withTimeout(PATIENCE.duration()).using(robot);
        waitUntil("the English window is gone", () -> !GuiActionRunner.execute(() -> window.target().isDisplayable()));
        assertThat(console.workbench.vault().isUnlocked()).isTrue();
    }
}
