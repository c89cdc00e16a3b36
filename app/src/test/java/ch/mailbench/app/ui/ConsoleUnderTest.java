package ch.mailbench.app.ui;

import ch.mailbench.app.AppFactory;
import ch.mailbench.app.Workbench;
import ch.mailbench.persistence.DatabaseLocation;
import org.assertj.swing.core.NameMatcher;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;

import javax.swing.JLabel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.assertj.swing.timing.Pause.pause;
import static org.assertj.swing.timing.Timeout.timeout;

/**
 * A real console over a real SQLite file in a temporary folder, with its own preferences node
 * (never the user's), as GUI tests need it.
 */
final class ConsoleUnderTest implements AutoCloseable {

    final AppFactory factory;
    final Workbench workbench;
    final Preferences node;
    final ConsolePreferences preferences;
    private FrameFixture window;

    ConsoleUnderTest(Path folder) {
        factory = new AppFactory(new DatabaseLocation(Map.of(), "Linux", folder), Clock.systemUTC());
        workbench = factory.open(folder.resolve("m.db"));
        node = Preferences.userRoot().node("ch/mailbench/test/" + UUID.randomUUID());
        preferences = new ConsolePreferences(node);
        preferences.setTheme(Theme.LIGHT);
    }

    /** Shows the main window in English and returns its fixture. */
    FrameFixture show() {
        ConsoleLauncher launcher = new ConsoleLauncher(factory, preferences, Locale.ENGLISH);
        MainWindow mainWindow = GuiActionRunner.execute(() -> {
            Theme.LIGHT.apply();
            return launcher.window(workbench);
        });
        window = new FrameFixture(mainWindow.frame());
        GuiActionRunner.execute(mainWindow::show);
        return window;
    }

    void waitForStatus(String text) {
        pause(new Condition("status bar says " + text) {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> window.label("status").target().getText()).equals(text);
            }
        }, timeout(10_000));
    }

    /** Waits until {@code name} is the open customer. */
    void waitForCustomer(String name) {
        pause(new Condition("customer " + name + " is open") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> window.robot().finder()
                        .findAll(window.target(), new NameMatcher("customerName", JLabel.class, true)).stream()
                        .anyMatch(label -> ((JLabel) label).getText().equals(name)));
            }
        }, timeout(10_000));
    }

    @Override
    public void close() throws BackingStoreException {
        if (window != null) {
            window.cleanUp();
        }
        node.removeNode();
    }
}
