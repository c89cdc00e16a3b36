package ch.mailbench.core.probe;

import ch.mailbench.core.probe.testing.CancellableMonitor;
import ch.mailbench.core.task.ProgressMonitor;
import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.HostName;
import ch.mailbench.core.model.Outcome;
import ch.mailbench.core.model.Protocol;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.TrustedCertificate;
import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.core.probe.testing.FakeServer;
import ch.mailbench.core.probe.testing.TestPki.Leaf;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** One misbehaving server per failure class; each must end in the right outcome and words. */
class FaultServerTest {

    private static final String PASSWORD = "Tarte-Tatin-9";
    private static final ProbeOptions ONE_SECOND = ProbeOptions.defaults().withTimeout(Duration.ofSeconds(1));

    private final ProbeFixture fixture = new ProbeFixture();
    private final OutcomeTexts english = new OutcomeTexts(Locale.ENGLISH);

    @AfterEach
    void close() {
        fixture.close();
    }

    private Attempt imap(String host, int port, Security security, boolean allowPlaintext, ProbeOptions options,
                         ProgressMonitor cancellation) {
        ServerTarget target = new ServerTarget(ServerRole.INCOMING, Protocol.IMAP, Endpoint.of(host, port, security), true);
        ServerReport report = fixture.probe.check(target, EmailAddress.parse("marie@bakery-dupont.ch"), UsernameFormat.FULL_ADDRESS,
                Optional.of(PASSWORD.toCharArray()), allowPlaintext, options, cancellation);
        assertThat(report.attempts()).as("never a second attempt unless the login was refused").hasSize(1);
        return report.attempts().get(0);
    }

    private Attempt imap(int port, Security security) {
        return imap("127.0.0.1", port, security, false, ONE_SECOND, ProgressMonitor.silent());
    }

    @Test
    void aServerThatNeverSpeaksTimesOutWithinTheTimeout() {
        try (FakeServer tarpit = FakeServer.tarpit()) {
            Attempt attempt = imap(tarpit.port(), Security.SSL_TLS);

            assertThat(attempt.outcome()).isEqualTo(Outcome.TIMEOUT);
            assertThat(attempt.latencyMillis()).isLessThan(ONE_SECOND.attemptDeadline().toMillis());
        }
    }

    @Test
    void aClosedPortIsRefused() {
        int port = FakeServer.closedPort();

        Attempt attempt = imap(port, Security.SSL_TLS);

        assertThat(attempt.outcome()).isEqualTo(Outcome.CONNECTION_REFUSED);
        assertThat(english.explanation(attempt.diagnosis())).isEqualTo("127.0.0.1 refused the connection on port " + port + ": nothing listens there.");
    }

    @Test
    void aCertificateForAnotherNameSaysWhichName() {
        try (FakeServer server = FakeServer.tlsImap(Leaf.OTHER_NAME)) {
            Attempt attempt = imap(server.port(), Security.SSL_TLS);

            assertThat(attempt.outcome()).isEqualTo(Outcome.CERT_HOSTNAME_MISMATCH);
            assertThat(english.explanation(attempt.diagnosis())).isEqualTo("The certificate is for imap.other-host.ch, not 127.0.0.1.");
            assertThat(server.received()).isEmpty();
        }
    }

    @Test
    void anExpiredCertificateIsReported() {
        try (FakeServer server = FakeServer.tlsImap(Leaf.EXPIRED)) {
            Attempt attempt = imap(server.port(), Security.SSL_TLS);

            assertThat(attempt.outcome()).isEqualTo(Outcome.CERT_EXPIRED);
            assertThat(attempt.certificate()).hasValueSatisfying(c -> assertThat(c.notAfter()).isBefore(Instant.now()));
        }
    }

    @Test
    void aSelfSignedCertificateIsUntrustedUntilTheTechnicianAcceptsItForThisHost() {
        try (FakeServer server = FakeServer.tlsImap(Leaf.SELF_SIGNED)) {
            Attempt refused = imap(server.port(), Security.SSL_TLS);
            assertThat(refused.outcome()).isEqualTo(Outcome.CERT_UNTRUSTED);
            assertThat(server.received()).as("no login before the certificate is trusted").isEmpty();

            fixture.accepted.add(TrustedCertificate.accept(HostName.of("localhost"), refused.certificate().orElseThrow(), Instant.now()));
            assertThat(imap(server.port(), Security.SSL_TLS).outcome()).as("accepted for another host only").isEqualTo(Outcome.CERT_UNTRUSTED);

            fixture.accepted.add(TrustedCertificate.accept(HostName.of("127.0.0.1"), refused.certificate().orElseThrow(), Instant.now()));
            Attempt trusted = imap(server.port(), Security.SSL_TLS);
            assertThat(trusted.outcome()).as(trusted.diagnosis().toString()).isEqualTo(Outcome.OK);
        }
    }

    @Test
    void plainTextOnATlsPortPointsToStartTls() {
        try (FakeServer server = FakeServer.plainImap()) {
            Attempt attempt = imap(server.port(), Security.SSL_TLS);

            assertThat(attempt.outcome()).isEqualTo(Outcome.TLS_FAILED);
            assertThat(english.explanation(attempt.diagnosis())).isEqualTo(
                    "The server answered in plain text on a port where TLS was expected: this port probably uses STARTTLS (try 143).");
            assertThat(server.received()).as("only the TLS hello, never the login").doesNotContain(PASSWORD).doesNotContain("LOGIN");
        }
    }

    @Test
    void tlsOnAPlainPortPointsToSslTls() {
        try (FakeServer server = FakeServer.tlsSilent(Leaf.LOCALHOST)) {
            Attempt attempt = imap(server.port(), Security.STARTTLS);

            assertThat(attempt.outcome()).isEqualTo(Outcome.PROTOCOL_ERROR);
            assertThat(english.explanation(attempt.diagnosis())).startsWith("This port speaks TLS from the first byte (SSL/TLS)");
            assertThat(english.hint(attempt.diagnosis())).isEqualTo("Choose SSL/TLS for this port (usually port 993).");
            assertThat(server.received()).doesNotContain(PASSWORD);
        }
    }

    @Test
    void anUnknownHostIsNotFound() {
        Attempt attempt = imap("mail.does-not-exist.invalid", 993, Security.SSL_TLS, false, ONE_SECOND, ProgressMonitor.silent());

        assertThat(attempt.outcome()).isEqualTo(Outcome.HOST_NOT_FOUND);
        assertThat(english.explanation(attempt.diagnosis())).contains("mail.does-not-exist.invalid");
    }

    @Test
    void aPlaintextOnlyServerNeverReceivesTheCredentials() {
        try (FakeServer server = FakeServer.plainImap()) {
            Attempt attempt = imap(server.port(), Security.NONE);

            assertThat(attempt.outcome()).isEqualTo(Outcome.PLAINTEXT_REFUSED);
            assertThat(attempt.sentCredentials()).isFalse();
            assertThat(server.received()).doesNotContain(PASSWORD).doesNotContain("marie").doesNotContainIgnoringCase("LOGIN");
            assertThat(server.connections()).isZero();
        }
    }

    @Test
    void withConsentThePlaintextServerGetsTheLogin() {
        try (FakeServer server = FakeServer.plainImap()) {
            Attempt attempt = imap("127.0.0.1", server.port(), Security.NONE, true, ONE_SECOND, ProgressMonitor.silent());

            assertThat(attempt.outcome()).as(attempt.diagnosis().toString()).isEqualTo(Outcome.OK);
            assertThat(server.received()).contains(PASSWORD);
        }
    }

    @Test
    void cancellingClosesTheConnectionAtOnce() throws Exception {
        try (FakeServer tarpit = FakeServer.tarpit()) {
            CancellableMonitor cancellation = new CancellableMonitor();
            ProbeOptions patient = ProbeOptions.defaults().withTimeout(Duration.ofSeconds(60));
            CompletableFuture<Attempt> running = CompletableFuture.supplyAsync(
                    () -> imap("127.0.0.1", tarpit.port(), Security.SSL_TLS, false, patient, cancellation));
            while (tarpit.connections() == 0) {
                Thread.onSpinWait();
            }
            cancellation.cancel();

            Attempt attempt = running.get(10, TimeUnit.SECONDS);
            assertThat(attempt.outcome()).isEqualTo(Outcome.CANCELLED);
        }
    }

    @Test
    void tenMegabytesWithoutALineEndAreAProtocolErrorNotSilence() {
        try (FakeServer flood = FakeServer.flood()) {
            Attempt attempt = imap("127.0.0.1", flood.port(), Security.NONE, true, ONE_SECOND, ProgressMonitor.silent());

            assertThat(attempt.outcome()).isEqualTo(Outcome.PROTOCOL_ERROR);
            assertThat(english.explanation(attempt.diagnosis())).contains("bytes that are not mail protocol")
                    .doesNotContain("said nothing");
        }
    }

    @Test
    void endlessLinesOverTlsAreStoppedAtTheBound() {
        try (FakeServer flood = FakeServer.floodLinesOverTls(Leaf.LOCALHOST)) {
            // Patient, so the bound and not the deadline ends it even on a busy machine.
            Attempt attempt = imap("127.0.0.1", flood.port(), Security.SSL_TLS, false,
                    ProbeOptions.defaults().withTimeout(Duration.ofSeconds(20)), ProgressMonitor.silent());

            assertThat(attempt.outcome()).isEqualTo(Outcome.PROTOCOL_ERROR);
            assertThat(english.explanation(attempt.diagnosis())).contains("bytes that are not mail protocol");
        }
    }

    @Test
    void aServerThatDidNotAnswerIsNotWaitedForAgainInTheSameRun() {
        try (FakeServer tarpit = FakeServer.tarpit()) {
            Attempt first = imap(tarpit.port(), Security.SSL_TLS);
            Attempt second = imap(tarpit.port(), Security.SSL_TLS);

            assertThat(first.outcome()).isEqualTo(Outcome.TIMEOUT);
            assertThat(second.outcome()).isEqualTo(Outcome.TIMEOUT);
            assertThat(second.sentCredentials()).isFalse();
            assertThat(tarpit.connections()).isEqualTo(1);
            assertThat(english.explanation(second.diagnosis())).startsWith("Not tried again: the same server did not answer at ");
        }
    }

    @Test
    void withoutAPasswordNoLoginIsTriedAndTheResultSaysSo() {
        try (FakeServer server = FakeServer.plainImap()) {
            ServerTarget target = new ServerTarget(ServerRole.INCOMING, Protocol.IMAP, Endpoint.of("127.0.0.1", server.port(),
                    Security.NONE), true);
            ServerReport report = fixture.probe.check(target, EmailAddress.parse("marie@bakery-dupont.ch"), UsernameFormat.FULL_ADDRESS,
                    Optional.empty(), true, ONE_SECOND, ProgressMonitor.silent());

            assertThat(report.outcome()).contains(Outcome.NEEDS_PASSWORD);
            assertThat(Outcome.NEEDS_PASSWORD.real()).isFalse();
            assertThat(server.connections()).isZero();
        }
    }
}
