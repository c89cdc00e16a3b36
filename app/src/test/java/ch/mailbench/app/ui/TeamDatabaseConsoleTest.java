package ch.mailbench.app.ui;

import ch.mailbench.app.testing.GuiTest;
import ch.mailbench.core.port.PostgresAddress;
import ch.mailbench.persistence.testing.PostgresCluster;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.JFrame;
import javax.swing.JLabel;
import java.awt.Frame;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * File → Connect to a team database… against the throw-away PostgreSQL cluster (no TLS, no password):
 * the test says what it found in words, no encryption needs explicit consent, Connect switches the
 * console and remembers the address, File → Use the local database switches back and closes the team
 * database's connection pool.
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

        press(window.menuItem("menuConnectTeamDatabase"));
        DialogFixture dialog = dialog("teamDatabaseDialog");
        dialog.textBox("teamHost").setText(team.host());
        dialog.textBox("teamPort").setText(Integer.toString(team.port()));
        dialog.textBox("teamDatabase").setText(team.database());
        dialog.textBox("teamUser").setText(team.user());
        assertThat(dialog.textBox("passwordHint").text()).contains("~/.pgpass", "PGPASSFILE");

        // Verified TLS is the default: the test cluster offers none, and the test says so.
        press(dialog.button("testConnection"));
        waitForResult(dialog, "could not be verified");

        choose(dialog.comboBox("teamTls"), "Not encrypted");
        waitUntil("Connect waits for the consent", () -> !onEdt(() -> dialog.button("ok").target().isEnabled()));
        press(dialog.checkBox("teamUnencryptedConsent"));
        press(dialog.button("testConnection"));
        waitForResult(dialog, "Reached: the database is empty");

        press(dialog.button("ok"));
        waitUntil("the console shows the team database", () -> showingMainWindowTitled(team.shortName()));
        assertThat(console.preferences.teamDatabase()).contains(team.shownAs());

        FrameFixture teamWindow = frame(mainWindowTitled(team.shortName()).orElseThrow());
        press(teamWindow.menuItem("menuUseLocalDatabase"));
        waitUntil("the console shows the local file again", () -> showingMainWindowTitled("mailbench.db"));
        // The team database's pool is closed with the switch, not left to idle out on the server for minutes.
        waitUntil("no connection to the team database is left open", () -> cluster.connectionsTo(team.database()) == 0);
    }

    private void waitForResult(DialogFixture dialog, String words) {
        waitUntil("the test result says \"" + words + "\"",
                () -> onEdt(() -> ((JLabel) dialog.label("testResult").target()).getText()).contains(words));
    }

    private static boolean showingMainWindowTitled(String name) {
        return mainWindowTitled(name).isPresent();
    }

    private static Optional<JFrame> mainWindowTitled(String name) {
        return onEdt(() -> Arrays.stream(Frame.getFrames()).filter(f -> f instanceof JFrame && f.isShowing()
                && "mainWindow".equals(f.getName()) && f.getTitle().endsWith(name)).map(f -> (JFrame) f).findFirst());
    }
}
