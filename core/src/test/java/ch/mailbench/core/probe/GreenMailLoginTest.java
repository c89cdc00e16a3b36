package ch.mailbench.core.probe;

import ch.mailbench.core.task.ProgressMonitor;
import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.Outcome;
import ch.mailbench.core.model.Protocol;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.core.probe.testing.GreenMailServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.Optional;

import static ch.mailbench.core.probe.testing.GreenMailServers.FULL_ADDRESS_PASSWORD;
import static ch.mailbench.core.probe.testing.GreenMailServers.FULL_ADDRESS_USER;
import static ch.mailbench.core.probe.testing.GreenMailServers.LOCAL_PART_PASSWORD;
import static ch.mailbench.core.probe.testing.GreenMailServers.LOCAL_PART_USER;
import static org.assertj.core.api.Assertions.assertThat;

/** Logins against GreenMail over IMAPS, IMAP, POP3S, POP3, SMTPS and SMTP. */
class GreenMailLoginTest {

    private static GreenMailServers servers;
    private static ProbeFixture fixture;
    private static final ProbeOptions OPTIONS = ProbeOptions.defaults().withTimeout(Duration.ofSeconds(5)).withTranscript(true);

    @BeforeAll
    static void start() {
        servers = new GreenMailServers();
        fixture = new ProbeFixture();
    }

    @AfterAll
    static void stop() {
        servers.close();
        fixture.close();
    }

    private static ServerReport check(Protocol protocol, Security security, String address, UsernameFormat format,
                                      String password) {
        ServerTarget target = new ServerTarget(protocol == Protocol.SMTP ? ServerRole.SMTP : ServerRole.INCOMING,
                protocol, servers.endpoint(protocol, security), true);
        return fixture.probe.check(target, EmailAddress.parse(address), format, Optional.of(password.toCharArray()),
                security == Security.NONE, OPTIONS, ProgressMonitor.silent());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"IMAP, SSL_TLS", "IMAP, NONE", "POP3, SSL_TLS", "POP3, NONE", "SMTP, SSL_TLS", "SMTP, NONE"})
    void logsInWithTheRecordedFormat(Protocol protocol, Security security) {
        ServerReport report = check(protocol, security, FULL_ADDRESS_USER, UsernameFormat.FULL_ADDRESS, FULL_ADDRESS_PASSWORD);

        assertThat(report.attempts()).hasSize(1);
        Attempt attempt = report.attempts().get(0);
        assertThat(attempt.outcome()).as(attempt.diagnosis().toString()).isEqualTo(Outcome.OK);
        assertThat(attempt.username()).isEqualTo(FULL_ADDRESS_USER);
        assertThat(attempt.greeting()).isNotBlank();
        assertThat(report.workingFormat()).contains(UsernameFormat.FULL_ADDRESS);
        assertThat(report.fallbackWorked()).isFalse();
        if (security == Security.SSL_TLS) {
            assertThat(attempt.certificate()).hasValueSatisfying(c -> {
                assertThat(c.subject()).isEqualTo("CN=localhost");
                assertThat(c.sha256Fingerprint()).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
            });
        } else {
            assertThat(attempt.certificate()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"IMAP, SSL_TLS", "IMAP, NONE", "POP3, SSL_TLS", "POP3, NONE", "SMTP, SSL_TLS", "SMTP, NONE"})
    void fallsBackToThePartBeforeTheAtWhenTheFullAddressIsRefused(Protocol protocol, Security security) {
        ServerReport report = check(protocol, security, LOCAL_PART_USER, UsernameFormat.FULL_ADDRESS, LOCAL_PART_PASSWORD);

        assertThat(report.attempts()).extracting(Attempt::outcome).containsExactly(Outcome.AUTH_FAILED, Outcome.OK);
        assertThat(report.attempts()).extracting(Attempt::username).containsExactly(LOCAL_PART_USER, "paul");
        assertThat(report.workingFormat()).contains(UsernameFormat.LOCAL_PART);
        assertThat(report.fallbackWorked()).isTrue();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"IMAP, SSL_TLS", "POP3, SSL_TLS", "SMTP, SSL_TLS"})
    void fallsBackToTheFullAddressWhenThePartBeforeTheAtIsRefused(Protocol protocol, Security security) {
        ServerReport report = check(protocol, security, FULL_ADDRESS_USER, UsernameFormat.LOCAL_PART, FULL_ADDRESS_PASSWORD);

        assertThat(report.attempts()).extracting(Attempt::username).containsExactly("marie", FULL_ADDRESS_USER);
        assertThat(report.verdict()).hasValueSatisfying(a -> assertThat(a.outcome()).isEqualTo(Outcome.OK));
        assertThat(report.workingFormat()).contains(UsernameFormat.FULL_ADDRESS);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"IMAP, SSL_TLS", "IMAP, NONE", "POP3, SSL_TLS", "POP3, NONE", "SMTP, SSL_TLS", "SMTP, NONE"})
    void aWrongPasswordCostsExactlyTwoAttempts(Protocol protocol, Security security) {
        ServerReport report = check(protocol, security, FULL_ADDRESS_USER, UsernameFormat.FULL_ADDRESS, "wrong-password");

        assertThat(report.attempts()).extracting(Attempt::outcome).containsExactly(Outcome.AUTH_FAILED, Outcome.AUTH_FAILED);
        assertThat(report.attempts()).extracting(Attempt::usernameFormat)
                .containsExactly(UsernameFormat.FULL_ADDRESS, UsernameFormat.LOCAL_PART);
        assertThat(report.passed()).isFalse();
        assertThat(report.workingFormat()).isEmpty();
    }

    @Test
    void aCustomUserNameIsTriedOnceAsGiven() {
        ServerReport report = check(Protocol.IMAP, Security.SSL_TLS, FULL_ADDRESS_USER, UsernameFormat.custom("marie.dupont"),
                FULL_ADDRESS_PASSWORD);

        assertThat(report.attempts()).singleElement().satisfies(a -> {
            assertThat(a.outcome()).isEqualTo(Outcome.AUTH_FAILED);
            assertThat(a.username()).isEqualTo("marie.dupont");
        });
    }

    @Test
    void refusesToSendTheLoginUnencryptedWithoutConsent() {
        ServerTarget target = new ServerTarget(ServerRole.INCOMING, Protocol.IMAP, servers.endpoint(Protocol.IMAP, Security.NONE), true);

        ServerReport report = fixture.probe.check(target, EmailAddress.parse(FULL_ADDRESS_USER), UsernameFormat.FULL_ADDRESS,
                Optional.of(FULL_ADDRESS_PASSWORD.toCharArray()), false, OPTIONS, ProgressMonitor.silent());

        assertThat(report.attempts()).singleElement().satisfies(a -> {
            assertThat(a.outcome()).isEqualTo(Outcome.PLAINTEXT_REFUSED);
            assertThat(a.sentCredentials()).isFalse();
        });
    }

    @Test
    void smtpWithoutAuthenticationIsOnlyGreeted() {
        ServerTarget target = new ServerTarget(ServerRole.SMTP, Protocol.SMTP, servers.endpoint(Protocol.SMTP, Security.NONE), false);

        ServerReport report = fixture.probe.check(target, EmailAddress.parse(FULL_ADDRESS_USER), UsernameFormat.FULL_ADDRESS,
                Optional.empty(), false, OPTIONS, ProgressMonitor.silent());

        assertThat(report.attempts()).singleElement().satisfies(a -> {
            assertThat(a.outcome()).isEqualTo(Outcome.OK);
            assertThat(a.greeting()).startsWith("220");
        });
        assertThat(report.workingFormat()).isEmpty();
    }

    @Test
    void plainImapWithStartTlsRequiredReportsThatTheServerHasNoStartTls() {
        var endpoint = servers.endpoint(Protocol.IMAP, Security.NONE);
        ServerTarget target = new ServerTarget(ServerRole.INCOMING, Protocol.IMAP,
                ch.mailbench.core.model.Endpoint.of("127.0.0.1", endpoint.port().number(), Security.STARTTLS), true);

        ServerReport report = fixture.probe.check(target, EmailAddress.parse(FULL_ADDRESS_USER), UsernameFormat.FULL_ADDRESS,
                Optional.of(FULL_ADDRESS_PASSWORD.toCharArray()), false, OPTIONS, ProgressMonitor.silent());

        assertThat(report.attempts()).singleElement().satisfies(a -> assertThat(a.outcome()).isEqualTo(Outcome.STARTTLS_UNAVAILABLE));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"IMAP, SSL_TLS", "IMAP, NONE", "POP3, SSL_TLS", "SMTP, SSL_TLS"})
    void theTranscriptShowsTheConversationButNeverTheLogin(Protocol protocol, Security security) {
        ServerReport report = check(protocol, security, LOCAL_PART_USER, UsernameFormat.FULL_ADDRESS, LOCAL_PART_PASSWORD);

        for (Attempt attempt : report.attempts()) {
            String transcript = attempt.transcript().orElseThrow();
            assertThat(transcript).containsAnyOf("CAPABILITY", "CAPA", "EHLO").doesNotContain(LOCAL_PART_PASSWORD);
            assertThat(transcript.lines()).as("who said each line").allMatch(line -> line.startsWith("C: ") || line.startsWith("S: ")
                    || line.startsWith("TLS: ") || line.equals(Conversation.HIDDEN));
            assertThat(transcript.lines().findFirst().orElseThrow()).as("the TLS step")
                    .startsWith(security == Security.SSL_TLS ? "TLS: TLSv1." : "S: ");
            if (security == Security.SSL_TLS) {
                assertThat(transcript).contains("certificate CN=").contains("SHA-256 ");
            }
        }
    }
}
