package ch.mailbench.app.ui.verify;

import ch.mailbench.app.testing.TesterWorld;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.core.probe.testing.FakeServer;
import ch.mailbench.core.probe.testing.GreenMailServers;
import ch.mailbench.core.probe.testing.TestPki;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.JFrame;
import java.nio.file.Path;
import java.util.Locale;

import static ch.mailbench.core.probe.testing.GreenMailServers.FULL_ADDRESS_PASSWORD;
import static ch.mailbench.core.probe.testing.GreenMailServers.FULL_ADDRESS_USER;
import static ch.mailbench.core.probe.testing.GreenMailServers.LOCAL_PART_PASSWORD;
import static ch.mailbench.core.probe.testing.GreenMailServers.LOCAL_PART_USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.timing.Pause.pause;
import static org.assertj.swing.timing.Timeout.timeout;

/** What a technician does after "Test": read the result, trust a certificate, use the settings that worked. */
class MailboxTestDialogTest {

    private static GreenMailServers servers;

    @TempDir
    Path folder;

    private TesterWorld world;
    private FrameFixture window;
    private DialogFixture dialog;

    @BeforeAll
    static void start() {
        FailOnThreadViolationRepaintManager.install();
        servers = new GreenMailServers();
    }

    @AfterAll
    static void stop() {
        servers.close();
    }

    @BeforeEach
    void createWorld() {
        world = new TesterWorld(folder, servers);
        world.workbench().vault().unlock(TesterWorld.MASTER_PASSWORD.toCharArray());
        JFrame owner = GuiActionRunner.execute(() -> {
            JFrame frame = new JFrame("Mailbench");
            frame.setName("owner");
            frame.setSize(1000, 760);
            frame.setVisible(true);
            return frame;
        });
        window = new FrameFixture(owner);
    }

    @AfterEach
    void close() {
        if (dialog != null) {
            dialog.cleanUp();
        }
        window.cleanUp();
    }

    /** What "Test" on the selected mailbox does in the console. */
    private DialogFixture test(Mailbox mailbox) {
        VerifyExtension extension = new VerifyExtension(world.workbench().verification(), world.workbench().trustedCertificates(), world.workbench().clock());
        GuiActionRunner.execute(() -> extension.testMailbox((JFrame) window.target(), mailbox, Locale.ENGLISH));
        dialog = WindowFinder.findDialog("mailboxTestDialog").withTimeout(10_000).using(window.robot());
        return dialog;
    }

    private void waitUntilDone(DialogFixture fixture) {
        pause(new Condition("the test is over") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> fixture.button("testButton").target().isEnabled()
                        && (fixture.label("progressText").target().getText().startsWith("✔")
                        || fixture.label("progressText").target().getText().startsWith("✖")));
            }
        }, timeout(30_000));
    }

    private static boolean visible(DialogFixture fixture, String name) {
        return GuiActionRunner.execute(() -> fixture.robot().finder()
                .findByName(fixture.target(), name, javax.swing.JButton.class, false).isVisible());
    }

    @Test
    void aWorkingMailboxShowsBothServersAsWorking() {
        DialogFixture test = test(world.mailbox(FULL_ADDRESS_USER, FULL_ADDRESS_PASSWORD));

        waitUntilDone(test);

        test.label("progressText").requireText("✔ Every server works.");
        assertThat(test.label("incomingStatus").text()).startsWith("✔ Works");
        assertThat(test.label("smtpStatus").text()).startsWith("✔ Works");
        assertThat(test.label("incomingUsername").text()).contains("Username: full email address (marie@bakery-dupont.ch)");
        assertThat(test.textBox("incomingFingerprint").text()).startsWith("SHA-256: ");
        assertThat(visible(test, "useSettings")).isFalse();
        assertThat(visible(test, "trustCertificate")).isFalse();
        test.tabbedPane("tabs").selectTab("History");
        pause(new Condition("history loaded") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> test.table("historyTable").target().getRowCount()) == 2;
            }
        }, timeout(10_000));
    }

    @Test
    void theSettingsThatWorkedCanBeUsed() {
        DialogFixture test = test(world.mailbox(LOCAL_PART_USER, LOCAL_PART_PASSWORD));
        waitUntilDone(test);

        test.button("useSettings").requireVisible().requireText("Use the part before the @ for every mailbox of bakery-dupont.ch").click();

        pause(new Condition("saved") {
            @Override
            public boolean test() {
                return "Settings saved.".equals(GuiActionRunner.execute(() -> test.label("notice").target().getText()));
            }
        }, timeout(10_000));
        assertThat(visible(test, "useSettings")).isFalse();
    }

    @Test
    void anUntrustedCertificateIsShownAndCanBeTrustedForItsHost() {
        try (FakeServer server = FakeServer.tlsImap(TestPki.Leaf.SELF_SIGNED)) {
            Mailbox mailbox = world.mailbox(FULL_ADDRESS_USER, FULL_ADDRESS_PASSWORD,
                    Endpoint.of("127.0.0.1", server.port(), Security.SSL_TLS), null, UsernameFormat.FULL_ADDRESS);
            DialogFixture test = test(mailbox);
            waitUntilDone(test);
            assertThat(test.label("incomingStatus").text()).startsWith("✖ Certificate not trusted");

            test.button("trustCertificate").requireVisible().click();
            DialogFixture trust = WindowFinder.findDialog("trustDialog").using(window.robot());
            trust.textBox("trustFingerprint").requireText(ch.mailbench.core.probe.Certificates.sha256(
                    TestPki.get().certificate(TestPki.Leaf.SELF_SIGNED)));
            trust.textBox("trustHost").requireText("127.0.0.1");
            trust.button("trustAccept").click();

            pause(new Condition("trusted") {
                @Override
                public boolean test() {
                    return GuiActionRunner.execute(() -> test.label("notice").target().getText()).startsWith("Certificate trusted for 127.0.0.1");
                }
            }, timeout(10_000));
            test.button("testButton").click();
            waitUntilDone(test);
            assertThat(test.label("incomingStatus").text()).startsWith("✔ Works");
        }
    }
}
