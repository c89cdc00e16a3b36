package ch.mailbench.app.ui;

import ch.mailbench.app.AppFactory;
import ch.mailbench.app.Workbench;
import ch.mailbench.app.testing.GuiTest;
import ch.mailbench.app.testing.MemoryPreferences;
import ch.mailbench.app.testing.TesterWorld;
import ch.mailbench.app.ui.browse.CustomerListPanel;
import ch.mailbench.core.directory.CustomerIndex;
import ch.mailbench.core.model.Customer;
import ch.mailbench.core.model.SheetLanguage;
import org.assertj.swing.core.NameMatcher;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;

import javax.swing.JLabel;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A real console over a real SQLite file in the test's folder, with preferences of its own that
 * live only in memory (never the user's), shown through the test's robot.
 */
final class ConsoleUnderTest {

    final AppFactory factory;
    final Workbench workbench;
    final ConsolePreferences preferences;
    private final GuiTest test;
    private FrameFixture window;

    ConsoleUnderTest(Path folder, GuiTest test) {
        this.test = test;
        // The test CA handed over, as in every test against the test servers; no environment of the real user.
        factory = TesterWorld.factoryIn(folder, Map.of());
        workbench = factory.open(folder.resolve("m.db"));
        preferences = new ConsolePreferences(new MemoryPreferences());
        preferences.setTheme(Theme.LIGHT);
        test.whenScreenCleared(() -> GuiTest.waitUntil("the console's background work has ended", this::quiet));
    }

    /**
     * No task runs, and none has started once the event queue ran what was already posted to it: a task's
     * callback may post the start of the next one (the list's load, then the searchable addresses), and a
     * task started after the folder's removal began would create the database file again. Nor does any
     * discovery or check thread: a discovery returns at its deadline and leaves a source it gave up on to
     * end by its own timeout, and that source may still read the own providers from the database.
     */
    private boolean quiet() {
        if (!factory.consoleTasks().isIdle()) {
            return false;
        }
        GuiActionRunner.execute(() -> null);
        return factory.consoleTasks().isIdle() && Thread.getAllStackTraces().keySet().stream()
                .noneMatch(thread -> thread.getName().startsWith("mailbench-discovery") || thread.getName().startsWith("mailbench-check"));
    }

    /** Shows the main window in English and returns its fixture once it has the focus. */
    FrameFixture show() {
        return show(Locale.ENGLISH, Theme.LIGHT);
    }

    /** Shows the main window in {@code locale} and {@code theme}. */
    FrameFixture show(Locale locale, Theme theme) {
        ConsoleLauncher launcher = new ConsoleLauncher(factory, preferences, locale);
        MainWindow mainWindow = GuiActionRunner.execute(() -> {
            theme.apply();
            return launcher.window(workbench);
        });
        GuiActionRunner.execute(mainWindow::show);
        window = test.frame(mainWindow.frame());
        return window;
    }

    /**
     * Shows the console in English as its start does: the start window, whose list shows the customers read (the last
     * one chosen) while the rest of the window is built. {@code meanwhile} does what the technician does in that list
     * before the full window takes over the frame.
     */
    FrameFixture start(Consumer<FrameFixture> meanwhile) {
        Messages messages = new Messages(Locale.ENGLISH);
        CustomerIndex customers = workbench.directory().loadListIndex(Locale.ENGLISH);
        CustomerListPanel list = GuiActionRunner.execute(() -> new CustomerListPanel(messages));
        StartWindow start = GuiActionRunner.execute(() -> {
            Theme.LIGHT.apply();
            StartWindow shown = new StartWindow(messages, preferences, "m.db");
            shown.show(false);
            shown.showList(list, customers);
            return shown;
        });
        window = test.frame(start.frame());
        meanwhile.accept(window);
        GuiActionRunner.execute(() -> new MainWindow(workbench, messages, preferences, new ConsoleLauncher(factory, preferences, Locale.ENGLISH),
                factory.consoleTasks(), factory.consoleExtensions(workbench, preferences), list, start.frame()).showListed(customers));
        return window;
    }

    /** Stores a new customer, as another program on the same database would (the window shows it on its next load). */
    Customer addCustomer(String name, SheetLanguage language) {
        return workbench.store().repositories().customers().insert(Customer.create(name, language));
    }

    void waitForStatus(String text) {
        test.waitForText(window, "status", text);
    }

    /** Waits until {@code name} is the open customer. */
    void waitForCustomer(String name) {
        GuiTest.waitUntil("customer " + name + " is open", () -> window.robot().finder()
                .findAll(window.target(), new NameMatcher("customerName", JLabel.class, true)).stream()
                .anyMatch(label -> ((JLabel) label).getText().equals(name)));
    }
}
