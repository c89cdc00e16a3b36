package ch.mailbench.app.ui.verify;

import ch.mailbench.app.testing.GuiTest;
import ch.mailbench.app.ui.task.SwingTaskExecutor;
import ch.mailbench.app.testing.TesterWorlds;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.core.probe.testing.FakeServer;
import ch.mailbench.core.probe.testing.TestPki;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.swing.JFrame;
import java.util.List;
import java.util.Locale;

import static ch.mailbench.core.probe.testing.GreenMailServers.FULL_ADDRESS_PASSWORD;
import static ch.mailbench.core.probe.testing.GreenMailServers.FULL_ADDRESS_USER;
import static ch.mailbench.core.probe.testing.GreenMailServers.LOCAL_PART_PASSWORD;
import static ch.mailbench.core.probe.testing.GreenMailServers.LOCAL_PART_USER;
import static org.assertj.core.api.Assertions.assertThat;

/** What a technician does after "Test": read the result, trust a certificate, use the settings that worked. */
class MailboxTestDialogTest extends GuiTest {

    @RegisterExtension
    static final TesterWorlds worlds = TesterWorlds.unlocked();

    private FrameFixture window;

    @BeforeEach
    void showOwnerWindow() {
        window = showOwner(1000, 760);
    }

    /** What "Test" on the selected mailbox does in the console. */
    private DialogFixture test(Mailbox mailbox) {
        VerifyExtension extension = new VerifyExtension(worlds.world().workbench().verification(), worlds.world().workbench().trustedCertificates(),
                worlds.world().workbench().clock(), new SwingTaskExecutor());
        GuiActionRunner.execute(() -> extension.testMailbox((JFrame) window.target(), mailbox, Locale.ENGLISH));
        return dialog("mailboxTestDialog");
    }

    private void waitUntilDone(DialogFixture fixture) {
        waitUntil("the test is over", () -> fixture.button("testButton").target().isEnabled()
                && (textOf(fixture, "progressText").startsWith("✔") || textOf(fixture, "progressText").startsWith("✖")));
    }

    private static boolean visible(DialogFixture fixture, String name) {
        return GuiActionRunner.execute(() -> fixture.robot().finder()
                .findByName(fixture.target(), name, javax.swing.JButton.class, false).isVisible());
    }

    @Test
    void aWorkingMailboxShowsBothServersAsWorking() {
        DialogFixture test = test(worlds.world().mailbox(FULL_ADDRESS_USER, FULL_ADDRESS_PASSWORD));

        waitUntilDone(test);

        test.label("progressText").requireText("✔ Every server works.");
        assertThat(test.label("incomingStatus").text()).startsWith("✔ Works");
        assertThat(test.label("smtpStatus").text()).startsWith("✔ Works");
        assertThat(test.label("incomingUsername").text()).contains("Username: full email address (marie@bakery-dupont.ch)");
        assertThat(test.textBox("incomingFingerprint").text()).startsWith("SHA-256: ");
        assertThat(visible(test, "useSettings")).isFalse();
        assertThat(visible(test, "trustCertificate")).isFalse();
        test.tabbedPane("tabs").selectTab("Transcript");
        screenshot("transcript-after-success");
        test.tabbedPane("tabs").selectTab("History");
        waitUntil("history loaded", () -> test.table("historyTable").target().getRowCount() == 2);
    }

    @Test
    void theTranscriptOfTheLastRunIsAlwaysThereReadableRedactedAndEndsWithTheOutcome() {
        String wrong = "Wrong-Pass-4711";
        DialogFixture test = test(worlds.world().mailbox(FULL_ADDRESS_USER, wrong));
        waitUntilDone(test);

        test.tabbedPane("tabs").selectTab("Transcript");
        screenshot("transcript-after-failure");
        assertThat(onEdt(() -> ((javax.swing.JTextArea) test.textBox("transcriptText").target()).getLineWrap()))
                .as("the hint's sentences wrap instead of running off to the right").isTrue();
        String transcript = test.textBox("transcriptText").text();
        assertThat(transcript).contains("Attempt 1 — user name " + FULL_ADDRESS_USER).contains("S: * OK").contains("C: EHLO")
                .contains("TLS: TLSv1.").contains("certificate CN=").contains("(sign-in exchange hidden)")
                .doesNotContain("DEBUG").doesNotContain(wrong)
                .doesNotContain(java.util.Base64.getEncoder().encodeToString(wrong.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(transcript.strip().lines().filter(line -> line.startsWith("What to do: ")).count()).as("the hint").isEqualTo(2);
        List<String> lines = transcript.strip().lines().toList();
        assertThat(lines.get(lines.size() - 1)).as("it ends with what to do").startsWith("What to do: ");
        assertThat(lines).as("after the outcome").anyMatch(line -> line.startsWith("Result: ✖ "));
    }

    @Test
    void theSettingsThatWorkedCanBeUsed() {
        DialogFixture test = test(worlds.world().mailbox(LOCAL_PART_USER, LOCAL_PART_PASSWORD));
        waitUntilDone(test);

        press(test.button("useSettings").requireVisible().requireText("Use the part before the @ for every mailbox of bakery-dupont.ch"));

        waitForText(test, "notice", "Settings saved.");
        assertThat(visible(test, "useSettings")).isFalse();
    }

    @Test
    void anUntrustedCertificateIsShownAndCanBeTrustedForItsHost() {
        try (FakeServer server = FakeServer.tlsImap(TestPki.Leaf.SELF_SIGNED)) {
            Mailbox mailbox = worlds.world().mailbox(FULL_ADDRESS_USER, FULL_ADDRESS_PASSWORD,
                    Endpoint.of("127.0.0.1", server.port(), Security.SSL_TLS), null, UsernameFormat.FULL_ADDRESS);
            DialogFixture test = test(mailbox);
            waitUntilDone(test);
            assertThat(test.label("incomingStatus").text()).startsWith("✖ Certificate not trusted");

            press(test.button("trustCertificate").requireVisible());
            DialogFixture trust = dialog("trustDialog");
            trust.textBox("trustFingerprint").requireText(ch.mailbench.core.probe.Certificates.sha256(
                    TestPki.get().certificate(TestPki.Leaf.SELF_SIGNED)));
            trust.textBox("trustHost").requireText("127.0.0.1");
            press(trust.button("trustAccept"));

            waitUntil("trusted", () -> textOf(test, "notice").startsWith("Certificate trusted for 127.0.0.1"));
            // The trust dialog is gone; without a window manager nobody hands the focus back.
            giveFocus(test.target());
            press(test.button("testButton"));
            waitUntilDone(test);
            assertThat(test.label("incomingStatus").text()).startsWith("✔ Works");
        }
    }

    @Test
    void testNowInTheNewMailboxDialogTestsTheTypedSettingsAndPasswordAndSavesNothing() {
        VerifyExtension extension = new VerifyExtension(worlds.world().workbench().verification(),
                worlds.world().workbench().trustedCertificates(), worlds.world().workbench().clock(), new SwingTaskExecutor());
        ch.mailbench.core.model.MailDomain domain = worlds.world().domain();
        ch.mailbench.app.ui.Messages messages = new ch.mailbench.app.ui.Messages(Locale.ENGLISH);
        GuiActionRunner.execute(() -> javax.swing.SwingUtilities.invokeLater(() -> new ch.mailbench.app.ui.directory.MailboxDialog(
                window.target(), ch.mailbench.app.ui.directory.MailboxForm.forNew(domain, List.of(domain), messages), messages,
                (form, saved, failed) -> failed.accept(new IllegalStateException("not saved in this test")), java.util.Optional.empty(),
                java.util.Optional.of(extension.typedTester(Locale.ENGLISH))).show()));
        DialogFixture mailboxDialog = dialog("mailboxDialog");
        mailboxDialog.button("testNow").requireDisabled();
        // Typing is not what this test is about (MailboxDialogLayoutTest types): filled, the fields fire the same document events.
        fill(mailboxDialog.textBox("localPart"), FULL_ADDRESS_USER.substring(0, FULL_ADDRESS_USER.indexOf('@')));
        fill(mailboxDialog.textBox("newMailboxPassword"), FULL_ADDRESS_PASSWORD);
        eventually(() -> mailboxDialog.button("testNow").requireEnabled());

        press(mailboxDialog.button("testNow"));
        DialogFixture test = dialog("mailboxTestDialog");
        waitUntilDone(test);
        assertThat(GuiActionRunner.execute(() -> test.target().getTitle()))
                .isEqualTo("Test of the settings typed for " + FULL_ADDRESS_USER + " (not saved)");
        test.label("progressText").requireText("✔ Every server works.");
        waitUntil("the mailbox dialog says the typed settings work",
                () -> textOf(mailboxDialog, "testNowResult").contains(">✔ Every server works.<"));
        GuiActionRunner.execute(() -> test.target().dispose());

        assertThat(worlds.world().workbench().store().repositories().mailboxes().findByDomain(domain.id()))
                .as("Test now saves nothing").isEmpty();
        assertThat(worlds.world().workbench().store().repositories().domains().learnedFormat(domain.id())).isEmpty();
        GuiActionRunner.execute(() -> mailboxDialog.target().dispose());
    }
}
