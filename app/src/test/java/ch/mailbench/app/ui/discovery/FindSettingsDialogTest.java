package ch.mailbench.app.ui.discovery;

import ch.mailbench.app.AppFactory;
import ch.mailbench.persistence.DatabaseLocation;
import ch.mailbench.app.testing.GuiTest;
import ch.mailbench.app.testing.MemoryPreferences;
import ch.mailbench.app.ui.ConsolePreferences;
import ch.mailbench.app.ui.Messages;
import ch.mailbench.app.ui.action.ConsoleContext;
import ch.mailbench.app.ui.action.ConsoleHooks;
import ch.mailbench.app.ui.action.ConsoleMenus;
import ch.mailbench.app.ui.action.ConsoleSelection;
import ch.mailbench.app.ui.action.FoundSettings;
import ch.mailbench.app.ui.task.SwingTaskExecutor;
import ch.mailbench.core.discovery.DiscoveryOptions;
import ch.mailbench.core.discovery.ResolverSetting;
import ch.mailbench.core.discovery.loopback.LoopbackDns;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.MailboxType;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.core.vault.UnlockHandler;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Find settings…" against an in-process DNS server on loopback (nothing leaves the machine): the
 * live state per source, the ranked candidates with their evidence, "Use these settings", and Stop.
 */
class FindSettingsDialogTest extends GuiTest {

    @TempDir
    Path folder;

    private LoopbackDns dns;
    private FrameFixture window;
    private DiscoveryExtension extension;
    private final AtomicReference<FoundSettings> used = new AtomicReference<>();
    private Duration timeout = Duration.ofSeconds(2);

    @BeforeEach
    void start() throws Exception {
        dns = new LoopbackDns();
        AppFactory factory = new AppFactory(new DatabaseLocation(Map.of(), "Linux", folder), Clock.systemUTC(), Map.of(), 1_000);
        // The DNS server comes from the console's setting, as the technician would set it.
        ConsolePreferences preferences = new ConsolePreferences(new MemoryPreferences());
        preferences.setDnsServer(Optional.of("127.0.0.1:" + dns.address().getPort()));
        extension = new DiscoveryExtension(factory.discoveryWithoutDatabase(), new ResolverSetting(), preferences,
                () -> DiscoveryOptions.defaults().withTimeout(timeout));
        window = show(() -> {
            JFrame frame = new JFrame("Mailbench");
            frame.setName("owner");
            frame.setSize(900, 600);
            return frame;
        });
    }

    @AfterEach
    void stopDns() {
        dns.close();
    }

    private DialogFixture open(Locale locale, String address) {
        GuiActionRunner.execute(() -> {
            Messages messages = new Messages(locale);
            extension.install(new ConsoleContext((JFrame) window.target(), messages, new ConsoleMenus(messages), new ConsoleSelection(),
                    new SwingTaskExecutor(), () -> { }, id -> { }, UnlockHandler.stayLocked(), new ConsoleHooks(),
                    (name, title, content) -> { }));
            // The finder is modal: open it after this call returns, as a click in a dialog would.
            SwingUtilities.invokeLater(() -> extension.find(window.target(), address, used::set));
        });
        return dialog("findSettingsDialog");
    }

    /** Find is back and the outcome line says how the run ended (not yet "looking for…"). */
    private boolean runOver(DialogFixture dialog) {
        String outcome = window.robot().finder().findByName(dialog.target(), "findOutcome", javax.swing.JLabel.class, false).getText();
        return button(dialog, "find").isVisible() && !outcome.isBlank() && !outcome.endsWith("…");
    }

    /** A button of the finder whether it is shown or not (Find and Stop take turns). */
    private JButton button(DialogFixture dialog, String name) {
        return window.robot().finder().findByName(dialog.target(), name, JButton.class, false);
    }

    @Test
    void catalogProviderIsFoundWithItsEvidenceAndFillsTheForm() {
        DialogFixture dialog = open(Locale.ENGLISH, "anna@gmail.com");

        waitUntil("the run is over", () -> dialog.button("useSettings").target().isEnabled());
        assertThat(textOf(dialog, "sourceCATALOG")).startsWith("found: Gmail");
        assertThat(textOf(dialog, "sourceGUESS")).doesNotContain("searching", "waiting");
        String[][] rows = dialog.table("candidateTable").contents();
        assertThat(rows[0]).containsSubsequence("✔", "incoming (IMAP)", "imap.gmail.com:993", "SSL/TLS");
        assertThat(java.util.Arrays.asList(rows)).anySatisfy(row -> assertThat(row).containsSubsequence("✔", "outgoing (SMTP)", "smtp.gmail.com:465"));
        assertThat(dialog.textBox("evidence").text()).contains("domain gmail.com → Gmail", "modern sign-in (OAuth2)");

        dialog.button("useSettings").click();

        waitUntil("the settings reach the form", () -> used.get() != null);
        assertThat(used.get().settings().type()).isEqualTo(MailboxType.IMAP);
        assertThat(used.get().settings().incoming()).contains(Endpoint.of("imap.gmail.com", 993, Security.SSL_TLS));
        assertThat(used.get().settings().outgoing()).map(e -> e.host().ascii()).contains("smtp.gmail.com");
        assertThat(used.get().settings().usernameFormat()).isEqualTo(UsernameFormat.FULL_ADDRESS);
        assertThat(used.get().provider()).hasValueSatisfying(name -> assertThat(name).startsWith("Gmail"));
        waitUntil("the finder is closed", () -> !dialog.target().isShowing());
    }

    @Test
    void srvRecordsAreFoundAndAnotherRowCanBeTaken() {
        dns.srv("_imaps._tcp.kanzlei-rossi.ch", 0, 1, 993, "mail.kanzlei-rossi.ch")
                .srv("_pop3s._tcp.kanzlei-rossi.ch", 10, 1, 995, "pop.kanzlei-rossi.ch")
                .srv("_submissions._tcp.kanzlei-rossi.ch", 0, 1, 465, "mail.kanzlei-rossi.ch");
        DialogFixture dialog = open(Locale.GERMAN, "luca@kanzlei-rossi.ch");

        waitUntil("the run is over", () -> runOver(dialog));
        assertThat(textOf(dialog, "sourceDNS")).startsWith("gefunden");
        // Core states facts, the console words them: no English in the German finder.
        assertThat(textOf(dialog, "sourceCATALOG")).contains("kein Provider im Katalog nutzt kanzlei-rossi.ch");
        String[][] rows = dialog.table("candidateTable").contents();
        int pop = -1;
        for (int i = 0; i < rows.length; i++) {
            if (rows[i][2].startsWith("pop.kanzlei-rossi.ch")) {
                pop = i;
            }
        }
        assertThat(pop).as("the POP3 SRV record is a candidate").isNotNegative();
        int submission = -1;
        for (int i = 0; i < rows.length; i++) {
            if (rows[i][1].contains("SMTP") && rows[i][2].equals("mail.kanzlei-rossi.ch:465")) {
                submission = i;
            }
        }
        assertThat(submission).as("the submissions SRV record is a candidate").isNotNegative();
        dialog.table("candidateTable").selectRows(pop);
        dialog.button("chooseCandidate").click();
        dialog.table("candidateTable").selectRows(submission);
        dialog.button("chooseCandidate").click();
        int chosenSubmission = submission;
        eventually(() -> assertThat(dialog.table("candidateTable").contents()[chosenSubmission][0]).isEqualTo("✔"));
        dialog.button("useSettings").click();

        waitUntil("the settings reach the form", () -> used.get() != null);
        assertThat(used.get().settings().type()).isEqualTo(MailboxType.POP3);
        assertThat(used.get().settings().incoming()).contains(Endpoint.of("pop.kanzlei-rossi.ch", 995, Security.SSL_TLS));
        assertThat(used.get().settings().outgoing()).contains(Endpoint.of("mail.kanzlei-rossi.ch", 465, Security.SSL_TLS));
    }

    @Test
    void stopEndsASilentRunAndKeepsTheFormUntouched() {
        dns.silent("silent.test");
        timeout = Duration.ofSeconds(60);
        DialogFixture dialog = open(Locale.FRENCH, "nobody@silent.test");

        waitUntil("the run is under way", () -> button(dialog, "stopFinding").isVisible());
        dialog.button("stopFinding").click();

        waitUntil("the run is stopped", () -> button(dialog, "find").isVisible());
        assertThat(textOf(dialog, "findOutcome")).startsWith("Arrêté");
        assertThat(dialog.button("useSettings").target().isEnabled()).isFalse();
        dialog.button("close").click();
        assertThat(used.get()).as("nothing reached the form").isNull();
    }

    @Test
    void anIncompleteAddressIsNamedAndNothingStarts() {
        DialogFixture dialog = open(Locale.ENGLISH, "info@");

        dialog.button("find").click();

        eventually(() -> assertThat(dialog.label("findAddressError").text()).contains("whole email address"));
        assertThat(dialog.table("candidateTable").rowCount()).isZero();
    }
}
