package ch.mailbench.core.discovery;

import ch.mailbench.core.discovery.loopback.LoopbackDns;
import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.Protocol;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.probe.testing.RealMailServers;
import ch.mailbench.core.task.ProgressMonitor;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guessing against real Dovecot (IMAP with STARTTLS on the 143 stand-in) and Postfix (submission
 * with STARTTLS on the 587 stand-in) behind a guessed name: the STARTTLS candidates count because
 * the servers advertise STARTTLS, and the certificate is checked after the upgrade.
 */
class GuessStartTlsRealServersTest {

    @RegisterExtension
    static final RealMailServers.PerClass real = new RealMailServers.PerClass();
    @AutoClose
    private static DiscoveryFixture fixture;

    @BeforeAll
    static void serveTheWeb() throws IOException {
        fixture = new DiscoveryFixture();
    }

    @Test
    void startTlsServersBehindAGuessedNameAreFoundWithTheirCertificateChecked() throws IOException {
        int closed = closedPort();
        // Only the STARTTLS stand-ins answer; every implicit-TLS and POP3 port is closed.
        PortMap ports = new PortMap(fixture.https.port(), fixture.http.port(), Map.of(
                143, real.servers().imapStartTls().port().number(), 587, real.servers().submissionStartTls().port().number(),
                993, closed, 995, closed, 110, closed, 465, closed, 25, closed));
        try (LoopbackDns dns = new LoopbackDns()) {
            // The bare domain is a guessed host name for IMAP and SMTP, and the test certificate covers it.
            dns.a("starttls.bench.mailbench.test", "127.0.0.1");
            DiscoveryOptions options = fixture.options(dns, Duration.ofSeconds(5)).withPorts(ports);

            DiscoveryResult result = fixture.service().discover(EmailAddress.parse("anna@starttls.bench.mailbench.test"),
                    Optional.empty(), options, ProgressMonitor.silent(), DiscoveryListener.none());

            Candidate incoming = result.incoming().orElseThrow();
            assertThat(incoming.source()).isEqualTo(Source.GUESS);
            assertThat(incoming.protocol()).isEqualTo(Protocol.IMAP);
            assertThat(incoming.endpoint().toString()).isEqualTo("starttls.bench.mailbench.test:143 STARTTLS");
            assertThat(incoming.certificate()).isEqualTo(CertificateStatus.VALID);
            assertThat(EvidenceTexts.english().sentences(incoming.evidence())).contains("guessed: starttls.bench.mailbench.test:143 answered and offers STARTTLS,"
                    + " certificate valid for starttls.bench.mailbench.test");
            Candidate smtp = result.smtp().orElseThrow();
            assertThat(smtp.endpoint().toString()).isEqualTo("starttls.bench.mailbench.test:587 STARTTLS");
            assertThat(smtp.certificate()).isEqualTo(CertificateStatus.VALID);
            assertThat(result.candidates()).allMatch(c -> c.endpoint().security() == Security.STARTTLS);
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
