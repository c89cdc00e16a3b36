package ch.mailbench.app.ui;

import ch.mailbench.app.testing.GuiTest;
import ch.mailbench.core.port.PostgresAddress;
import ch.mailbench.persistence.testing.PostgresCluster;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import java.awt.Component;
import java.awt.Container;
import java.awt.Rectangle;
import java.awt.Window;
import java.awt.Frame;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's team database: reopened at the next start, or — when it cannot be opened — the reason and a choice.
 * File → Connect to a team database… against the throw-away PostgreSQL cluster (no TLS, no password):
 * the test says what it found in words, no encryption needs explicit consent, Connect switches the
 * console and remembers the address, File → Use the local database switches back and closes the team
 * database's connection pool.
 */
class TeamDatabaseConsoleTest extends GuiTest {

    @TempDir
    Path folder;

    private PostgresCluster cluster;

    private void needsPostgres() {
        cluster = PostgresCluster.required();
    }

    @Test
    void testsConnectsToATeamDatabaseAndSwitchesBack() {
        needsPostgres();
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
        waitUntil("Connect stays inside the dialog once the consent shows", () -> onEdt(() -> insideItsWindow(dialog.button("ok").target())));
        press(dialog.checkBox("teamUnencryptedConsent"));
        press(dialog.button("testConnection"));
        waitForResult(dialog, "Reached: the database is empty");

        press(dialog.button("ok"));
        waitUntil("the console shows the team database", () -> showingMainWindowTitled(team.shortName()));
        assertThat(console.preferences.teamDatabase()).contains(team.shownAs());
        assertThat(console.preferences.teamDatabaseToReopen()).as("the next start reopens it").contains(team.shownAs());

        FrameFixture teamWindow = frame(mainWindowTitled(team.shortName()).orElseThrow());
        press(teamWindow.menuItem("menuUseLocalDatabase"));
        waitUntil("the console shows the local file again", () -> showingMainWindowTitled("mailbench.db"));
        assertThat(console.preferences.teamDatabaseToReopen()).as("the next start opens the local file").isEmpty();
        assertThat(console.preferences.teamDatabase()).as("the dialog is still filled next time").contains(team.shownAs());
        // The team database's pool is closed with the switch, not left to idle out on the server for minutes.
        waitUntil("no connection to the team database is left open", () -> cluster.connectionsTo(team.database()) == 0);
    }

    /** A technician who connected is on the team database again at the next start, without being asked. */
    @Test
    void theNextStartReopensTheTeamDatabaseConnectedToLast() {
        needsPostgres();
        PostgresAddress team = cluster.newDatabase("reopen");
        ConsoleUnderTest console = new ConsoleUnderTest(folder, this);
        console.preferences.setTeamDatabase(Optional.of(team.shownAs()));
        console.preferences.setReopenTeamDatabase(true);

        new ConsoleLauncher(console.factory, console.preferences, Locale.ENGLISH).launch(Optional.empty(), () -> { });

        waitUntil("the console shows the team database", () -> showingMainWindowTitled(team.shortName()));
    }

    /**
     * The team server does not answer at the start: the console says so in words and offers the local database (or the
     * connect dialog, or quitting) — it neither stays on the start window nor opens the local file unasked.
     */
    @Test
    void aTeamDatabaseThatCannotBeOpenedAtTheStartSaysWhyAndOffersTheLocalOne() throws IOException {
        PostgresAddress gone = new PostgresAddress("127.0.0.1", unusedPort(), "mailbench", "anna", PostgresAddress.SslMode.DISABLE,
                Optional.empty());
        ConsoleUnderTest console = new ConsoleUnderTest(folder, this);
        console.preferences.setTeamDatabase(Optional.of(gone.shownAs()));
        console.preferences.setReopenTeamDatabase(true);

        new ConsoleLauncher(console.factory, console.preferences, Locale.ENGLISH).launch(Optional.empty(), () -> { });

        JOptionPaneFixture offer = message();
        assertThat(onEdt(() -> offer.target().getMessage().toString())).contains("The team database " + gone.shortName()
                + " could not be opened", "Work on your local database for now", "The next start tries the team database again.");
        assertThat(showingMainWindowTitled("mailbench.db")).as("not the local file unasked").isFalse();
        press(offer.buttonWithText("Use the local database"));
        waitUntil("the console shows the local file", () -> showingMainWindowTitled("mailbench.db"));
        // The server may be down for a moment only: the local file is for this session, as the offer said.
        assertThat(console.preferences.teamDatabaseToReopen()).as("the next start tries again").contains(gone.shownAs());
    }

    private static int unusedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static boolean insideItsWindow(Component component) {
        Window window = SwingUtilities.getWindowAncestor(component);
        Rectangle shown = SwingUtilities.convertRectangle(component.getParent(), component.getBounds(), window);
        return new Rectangle(window.getSize()).contains(shown);
    }

    private void waitForResult(DialogFixture dialog, String words) {
        waitUntil("the test result says \"" + words + "\"",
                () -> onEdt(() -> ((JLabel) dialog.label("testResult").target()).getText()).contains(words));
    }

    private static boolean showingMainWindowTitled(String name) {
        return mainWindowTitled(name).isPresent();
    }

    /** The full window, not the start window before it (which has the same name and title, and no customer list). */
    private static Optional<JFrame> mainWindowTitled(String name) {
        return onEdt(() -> Arrays.stream(Frame.getFrames()).filter(f -> f instanceof JFrame && f.isShowing()
                        && "mainWindow".equals(f.getName()) && f.getTitle().endsWith(name)).map(f -> (JFrame) f)
                .filter(f -> hasCustomerList(f.getContentPane())).findFirst());
    }

    private static boolean hasCustomerList(Component component) {
        return "customerList".equals(component.getName()) || component instanceof Container container
                && Arrays.stream(container.getComponents()).anyMatch(TeamDatabaseConsoleTest::hasCustomerList);
    }
}
