package ch.mailbench.app.ui.verify;

import ch.mailbench.app.testing.TesterWorld;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.Outcome;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.core.probe.testing.FakeServer;
import ch.mailbench.core.probe.testing.GreenMailServers;
import ch.mailbench.core.probe.testing.TestPki;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import static ch.mailbench.core.probe.testing.GreenMailServers.FULL_ADDRESS_PASSWORD;
import static ch.mailbench.core.probe.testing.GreenMailServers.FULL_ADDRESS_USER;
import static ch.mailbench.core.probe.testing.GreenMailServers.LOCAL_PART_PASSWORD;
import static ch.mailbench.core.probe.testing.GreenMailServers.LOCAL_PART_USER;
import static org.assertj.core.api.Assertions.assertThat;

class MailboxTestModelTest {

    private static GreenMailServers servers;

    @TempDir
    Path folder;

    private TesterWorld world;
    private final VerifyTexts english = new VerifyTexts(Locale.ENGLISH);

    @BeforeAll
    static void start() {
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
    }

    private MailboxTestModel model(Mailbox mailbox, BackgroundTasks tasks) {
        return new MailboxTestModel(mailbox, world.workbench().verification(), world.workbench().trustedCertificates(), tasks,
                english, Clock.systemUTC());
    }

    @Test
    void aWorkingMailboxShowsBothServersPassedAndItsHistory() {
        MailboxTestModel model = model(world.mailbox(FULL_ADDRESS_USER, FULL_ADDRESS_PASSWORD), new DirectTasks());

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
        MailboxTestModel model = model(world.mailbox(LOCAL_PART_USER, LOCAL_PART_PASSWORD), new DirectTasks());

        model.start();

        assertThat(model.servers()).allSatisfy(view -> assertThat(view.username())
                .endsWith("worked only with the part before the @, not with the full email address"));
        assertThat(model.canUseSettings()).isTrue();
        assertThat(model.useSettingsLabel()).isEqualTo("Use the part before the @ for every mailbox of bakery-dupont.ch");

        model.useSettings();

        assertThat(model.notice()).isEqualTo("Settings saved.");
        assertThat(model.canUseSettings()).isFalse();
        assertThat(world.workbench().store().repositories().domains().findById(world.domain().id()).orElseThrow()
                .defaults().usernameFormat()).isEqualTo(UsernameFormat.LOCAL_PART);
    }

    @Test
    void aRefusedCertificateCanBeTrustedForItsHostAndThenWorks() {
        try (FakeServer server = FakeServer.tlsImap(TestPki.Leaf.SELF_SIGNED)) {
            Mailbox mailbox = world.mailbox(FULL_ADDRESS_USER, FULL_ADDRESS_PASSWORD,
                    Endpoint.of("127.0.0.1", server.port(), Security.SSL_TLS), null, UsernameFormat.FULL_ADDRESS);
            MailboxTestModel model = model(mailbox, new DirectTasks());
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
    void cancelStopsAHangingTestAtOnce() throws InterruptedException {
        try (FakeServer tarpit = FakeServer.tarpit()) {
            Mailbox mailbox = world.mailbox(FULL_ADDRESS_USER, FULL_ADDRESS_PASSWORD,
                    Endpoint.of("127.0.0.1", tarpit.port(), Security.SSL_TLS), null, UsernameFormat.FULL_ADDRESS);
            CountDownLatch finished = new CountDownLatch(1);
            ThreadTasks tasks = new ThreadTasks(finished);
            MailboxTestModel model = model(mailbox, tasks);
            model.start();
            while (tarpit.connections() == 0) {
                Thread.onSpinWait();
            }

            model.cancel();

            assertThat(finished.await(5, TimeUnit.SECONDS)).as("cancelled well within the 10 s timeout").isTrue();
            assertThat(model.state()).isEqualTo(MailboxTestModel.State.CANCELLED);
            assertThat(model.progress()).isEqualTo("Cancelled.");
            tasks.awaitAll();
        }
    }

    /** The work on its own thread, like the console; the first result counts down the latch. */
    private static final class ThreadTasks implements BackgroundTasks {
        private final CountDownLatch finished;
        private final java.util.List<Thread> threads = new java.util.concurrent.CopyOnWriteArrayList<>();

        ThreadTasks(CountDownLatch finished) {
            this.finished = finished;
        }

        @Override
        public <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            Thread thread = new Thread(() -> {
                onSuccess.accept(work.get());
                finished.countDown();
            });
            threads.add(thread);
            thread.start();
        }

        /** Waits for the history load that follows the test, before the test folder goes. */
        void awaitAll() throws InterruptedException {
            for (Thread thread : threads) {
                thread.join(10_000);
            }
        }

        @Override
        public void onUiThread(Runnable update) {
            update.run();
        }
    }
}
