package ch.mailbench.app.ui;

import ch.mailbench.app.testing.GuiTest;
import ch.mailbench.core.port.PostgresAddress;
import ch.mailbench.persistence.testing.PostgresCluster;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.AbstractButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import java.awt.Frame;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * File → Connect to a team database… against the throw-away PostgreSQL cluster (no TLS, no password):
 * the test says what it found in words, no encryption needs explicit consent, Connect switches the
 * console and remembers the address, File → Use the local database switches back.
 */
class TeamDatabaseConsoleTest extends GuiTest {

    @TempDir
    Path folder;

    private PostgresCluster cluster;

    @BeforeEach
    void needsPostgres() {
        cluster = PostgresCluster.required();
    }

    @Test
    void testsConnectsToATeamDatabaseAndSwitchesBack() {
        PostgresAddress team = cluster.newDatabase("console");
        ConsoleUnderTest console = new ConsoleUnderTest(folder, this);
        FrameFixture window = console.show();
        console.waitForStatus("No customers");

        press(window.menuItem("menuConnectTeamDatabase").target());
        DialogFixture dialog = dialog("teamDatabaseDialog");
        dialog.textBox("teamHost").setText(team.host());
        dialog.textBox("teamPort").setText(Integer.toString(team.port()));
        dialog.textBox("teamDatabase").setText(team.database());
        dialog.textBox("teamUser").setText(team.user());
        assertThat(dialog.textBox("passwordHint").text()).contains("~/.pgpass", "PGPASSFILE");

        // Verified TLS is the default: the test cluster offers none, and the test says so.
        press(dialog.button("testConnection").target());
        waitForResult(dialog, "could not be verified");

        dialog.comboBox("teamTls").selectItem("Not encrypted");
        waitUntil("Connect waits for the consent", () -> !onEdt(() -> dialog.button("ok").target().isEnabled()));
        press(dialog.checkBox("teamUnencryptedConsent").target());
        press(dialog.button("testConnection").target());
        waitForResult(dialog, "Reached: the database is empty");

        press(dialog.button("ok").target());
        waitUntil("the console shows the team database", () -> showingMainWindowTitled(team.shortName()));
        assertThat(console.preferences.teamDatabase()).contains(team.shownAs());

        FrameFixture teamWindow = frame(mainWindowTitled(team.shortName()).orElseThrow());
        press(teamWindow.menuItem("menuUseLocalDatabase").target());
        waitUntil("the console shows the local file again", () -> showingMainWindowTitled("mailbench.db"));
    }

    private void waitForResult(DialogFixture dialog, String words) {
        waitUntil("the test result says \"" + words + "\"",
                () -> onEdt(() -> ((JLabel) dialog.label("testResult").target()).getText()).contains(words));
    }

    /**
     * Pressed without the mouse (this test is about what the buttons do, not about clicking), and later on
     * the EDT: a press that opens a modal dialog returns only when it closes.
     */
    private static void press(java.awt.Component button) {
        SwingUtilities.invokeLater(() -> ((AbstractButton) button).doClick());
    }

    private static boolean showingMainWindowTitled(String name) {
        return mainWindowTitled(name).isPresent();
    }

    private static Optional<JFrame> mainWindowTitled(String name) {
        return onEdt(() -> Arrays.stream(Frame.getFrames()).filter(f -> f instanceof JFrame && f.isShowing()
                && "mainWindow".equals(f.getName()) && f.getTitle().endsWith(name)).map(f -> (JFrame) f).findFirst());
    }
}
