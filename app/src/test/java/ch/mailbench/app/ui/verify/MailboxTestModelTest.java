package ch.mailbench.app.ui.verify;

import ch.mailbench.app.testing.TesterWorlds;
import ch.mailbench.app.ui.ErrorTexts;
import ch.mailbench.app.ui.Messages;
import ch.mailbench.app.ui.task.SameThreadTaskExecutor;
import ch.mailbench.app.ui.task.SwingTaskExecutor;
import ch.mailbench.app.ui.task.TaskExecutor;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.Outcome;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.core.probe.testing.FakeServer;
import ch.mailbench.core.probe.testing.TestPki;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.SwingUtilities;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static ch.mailbench.core.probe.testing.GreenMailServers.FULL_ADDRESS_PASSWORD;
import static ch.mailbench.core.probe.testing.GreenMailServers.FULL_ADDRESS_USER;
import static ch.mailbench.core.probe.testing.GreenMailServers.LOCAL_PART_PASSWORD;
import static ch.mailbench.core.probe.testing.GreenMailServers.LOCAL_PART_USER;
import static org.assertj.core.api.Assertions.assertThat;

class MailboxTestModelTest {

    @RegisterExtension
    static final TesterWorlds worlds = TesterWorlds.unlocked();

    @TempDir
    Path folder;

    private final VerifyTexts english = new VerifyTexts(Locale.ENGLISH);

    private MailboxTestModel model(Mailbox mailbox, TaskExecutor tasks) {
        return new MailboxTestModel(mailbox, worlds.world().workbench().verification(), worlds.world().workbench().trustedCertificates(), tasks,
                new ErrorTexts(new Messages(Locale.ENGLISH)), english, Clock.systemUTC());
    }

    @Test
    void aWorkingMailboxShowsBothServersPassedAndItsHistory() {
        MailboxTestModel model = model(worlds.world().mailbox(FULL_ADDRESS_USER, FULL_ADDRESS_PASSWORD), new SameThreadTaskExecutor());

        model.start();

        assertThat(model.state()).isEqualTo(MailboxTestModel.State.DONE);
        assertThat(model.progress()).isEqualTo("✔ Every server works.");
        assertThat(model.servers()).hasSize(2).allSatisfy(view -> {
            assertThat(view.passed()).isTrue();
            assertThat(view.status()).startsWith("✔ Works");
            assertThat(view.username()).isEqualTo("Username: full email address (marie@bakery-dupont.ch)");
            assertThat(view.certificate()).contains("CN=localhost", "CN=Mailbench Test CA");
            assertThat(view.fingerprint()).hasSize(95);
        });
        assertThat(model.servers().get(0).title()).isEqualTo("Incoming mail server (IMAP)");
        assertThat(model.history()).hasSize(2);
        assertThat(model.canUseSettings()).isFalse();
        assertThat(model.untrustedCertificate()).isEmpty();
    }

    @Test
    void whenOnlyThePartBeforeTheAtWorksTheDomainCanBeSwitchedToIt() {
        MailboxTestModel model = model(worlds.world().mailbox(LOCAL_PART_USER, LOCAL_PART_PASSWORD), new SameThreadTaskExecutor());

        model.start();

        assertThat(model.servers()).allSatisfy(view -> assertThat(view.username())
                .endsWith("worked only with the part before the @, not with the full email address"));
        assertThat(model.canUseSettings()).isTrue();
        assertThat(model.useSettingsLabel()).isEqualTo("Use the part before the @ for every mailbox of bakery-dupont.ch");

        model.useSettings();

        assertThat(model.notice()).isEqualTo("Settings saved.");
        assertThat(model.canUseSettings()).isFalse();
        assertThat(worlds.world().workbench().store().repositories().domains().findById(worlds.world().domain().id()).orElseThrow()
                .defaults().usernameFormat()).isEqualTo(UsernameFormat.LOCAL_PART);
    }

    @Test
    void aRefusedCertificateCanBeTrustedForItsHostAndThenWorks() {
        try (FakeServer server = FakeServer.tlsImap(TestPki.Leaf.SELF_SIGNED)) {
            Mailbox mailbox = worlds.world().mailbox(FULL_ADDRESS_USER, FULL_ADDRESS_PASSWORD,
                    Endpoint.of("127.0.0.1", server.port(), Security.SSL_TLS), null, UsernameFormat.FULL_ADDRESS);
            MailboxTestModel model = model(mailbox, new SameThreadTaskExecutor());
            model.start();
            assertThat(model.servers().get(0).explanation()).startsWith("The server's certificate is not issued by a trusted authority");
            assertThat(model.servers().get(1).endpoint()).isEqualTo("Not recorded for this mailbox");
            UntrustedCertificate refused = model.untrustedCertificate().orElseThrow();
            assertThat(refused.host().ascii()).isEqualTo("127.0.0.1");

            model.trust(refused);
            assertThat(model.notice()).isEqualTo("Certificate trusted for 127.0.0.1. Test again to use it.");
            model.start();

            assertThat(model.servers().get(0).passed()).isTrue();
            assertThat(model.history()).extracting(v -> v.outcome()).containsExactly(Outcome.OK, Outcome.CERT_UNTRUSTED);
        }
    }

    @Test
    void cancelStopsAHangingTestAtOnce() throws Exception {
        try (FakeServer tarpit = FakeServer.tarpit()) {
            Mailbox mailbox = worlds.world().mailbox(FULL_ADDRESS_USER, FULL_ADDRESS_PASSWORD,
                    Endpoint.of("127.0.0.1", tarpit.port(), Security.SSL_TLS), null, UsernameFormat.FULL_ADDRESS);
            // The console's executor: the work on a worker thread, the model on the EDT.
            MailboxTestModel model = model(mailbox, new SwingTaskExecutor());
            CountDownLatch cancelled = new CountDownLatch(1);
            CountDownLatch historyLoaded = new CountDownLatch(1);
            SwingUtilities.invokeAndWait(() -> {
                model.addListener(() -> {
                    if (model.state() == MailboxTestModel.State.CANCELLED) {
                        cancelled.countDown();
                        if (!model.history().isEmpty()) {
                            historyLoaded.countDown();
                        }
                    }
                });
                model.start();
            });
            while (tarpit.connections() == 0) {
                Thread.onSpinWait();
            }

            SwingUtilities.invokeAndWait(model::cancel);

            assertThat(cancelled.await(5, TimeUnit.SECONDS)).as("cancelled well within the 10 s timeout").isTrue();
            String progress = onEdt(model::progress);
            assertThat(progress).isEqualTo("Cancelled.");
            // The history load that follows the test ends before the test folder goes.
            assertThat(historyLoaded.await(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    private static <T> T onEdt(Supplier<T> read) throws Exception {
        java.util.concurrent.atomic.AtomicReference<T> value = new java.util.concurrent.atomic.AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> value.set(read.get()));
        return value.get();
    }
}
