package ch.mailbench.core.probe;

import ch.mailbench.core.task.ProgressMonitor;
import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.Outcome;
import ch.mailbench.core.model.Protocol;
import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.core.probe.testing.RealMailServers;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.Optional;

import static ch.mailbench.core.probe.testing.GreenMailServers.FULL_ADDRESS_PASSWORD;
import static ch.mailbench.core.probe.testing.GreenMailServers.FULL_ADDRESS_USER;
import static ch.mailbench.core.probe.testing.GreenMailServers.LOCAL_PART_PASSWORD;
import static ch.mailbench.core.probe.testing.GreenMailServers.LOCAL_PART_USER;
import static org.assertj.core.api.Assertions.assertThat;

/** The STARTTLS paths against real Dovecot (IMAP 143-style, POP3 110-style) and Postfix (587-style, 465-style). */
class StartTlsRealServersTest {

    @RegisterExtension
    static final RealMailServers.PerClass real = new RealMailServers.PerClass();
    @AutoClose
    private static final ProbeFixture fixture = new ProbeFixture();
    private static final ProbeOptions OPTIONS = ProbeOptions.defaults().withTimeout(Duration.ofSeconds(10)).withTranscript(true);
    private static final ProbeOptions SHORT = OPTIONS.withTimeout(Duration.ofSeconds(2));

    private static ServerReport check(Protocol protocol, Endpoint endpoint, String address, UsernameFormat format, String password) {
        return check(protocol, endpoint, address, format, password, OPTIONS);
    }

    private static ServerReport check(Protocol protocol, Endpoint endpoint, String address, UsernameFormat format, String password,
                                      ProbeOptions options) {
        ServerTarget target = new ServerTarget(protocol == Protocol.SMTP ? ServerRole.SMTP : ServerRole.INCOMING, protocol, endpoint, true);
        return fixture.probe.check(target, EmailAddress.parse(address), format, Optional.of(password.toCharArray()), false,
                options, ProgressMonitor.silent());
    }

    private static void assertLoggedIn(ServerReport report) {
        Attempt attempt = report.verdict().orElseThrow();
        assertThat(attempt.outcome()).as(attempt.diagnosis() + attempt.transcript().orElse("")
                + real.servers().log("dovecot.log")).isEqualTo(Outcome.OK);
        assertThat(attempt.certificate()).hasValueSatisfying(c -> assertThat(c.subject()).isEqualTo("CN=localhost"));
    }

    @Test
    void imapWithStartTls() {
        ServerReport report = check(Protocol.IMAP, real.servers().imapStartTls(), FULL_ADDRESS_USER, UsernameFormat.FULL_ADDRESS, FULL_ADDRESS_PASSWORD);

        assertLoggedIn(report);
        assertThat(report.attempts()).hasSize(1);
        assertThat(report.verdict().orElseThrow().greeting()).contains("Dovecot").contains("STARTTLS");
    }

    @Test
    void pop3WithStartTlsFallsBackToThePartBeforeTheAt() {
        ServerReport report = check(Protocol.POP3, real.servers().pop3StartTls(), LOCAL_PART_USER, UsernameFormat.FULL_ADDRESS, LOCAL_PART_PASSWORD);

        assertLoggedIn(report);
        assertThat(report.attempts()).extracting(Attempt::username).containsExactly(LOCAL_PART_USER, "paul");
    }

    @Test
    void submissionWithStartTlsAuthenticatesWithoutSending() {
        ServerReport report = check(Protocol.SMTP, real.servers().submissionStartTls(), FULL_ADDRESS_USER, UsernameFormat.FULL_ADDRESS, FULL_ADDRESS_PASSWORD);

        assertLoggedIn(report);
        assertThat(report.verdict().orElseThrow().transcript().orElseThrow()).contains("STARTTLS").doesNotContain("MAIL FROM")
                .doesNotContain(FULL_ADDRESS_PASSWORD);
    }

    @Test
    void smtpsAuthenticates() {
        assertLoggedIn(check(Protocol.SMTP, real.servers().smtps(), FULL_ADDRESS_USER, UsernameFormat.FULL_ADDRESS, FULL_ADDRESS_PASSWORD));
    }

    @Test
    void aWrongPasswordIsRefusedTwiceAndNoMore() {
        ServerReport report = check(Protocol.IMAP, real.servers().imapStartTls(), FULL_ADDRESS_USER, UsernameFormat.FULL_ADDRESS, "not-the-password");

        assertThat(report.attempts()).extracting(Attempt::outcome).containsExactly(Outcome.AUTH_FAILED, Outcome.AUTH_FAILED);
    }

    @Test
    void submissionRefusesAWrongPassword() {
        ServerReport report = check(Protocol.SMTP, real.servers().submissionStartTls(), LOCAL_PART_USER, UsernameFormat.LOCAL_PART, "nope");

        assertThat(report.attempts()).extracting(Attempt::outcome).containsExactly(Outcome.AUTH_FAILED, Outcome.AUTH_FAILED);
    }

    @Test
    void startTlsOnTheImplicitTlsPortIsExplained() {
        Endpoint smtps = real.servers().smtps();
        ServerReport report = check(Protocol.SMTP, Endpoint.of("127.0.0.1", smtps.port().number(), ch.mailbench.core.model.Security.STARTTLS),
                FULL_ADDRESS_USER, UsernameFormat.FULL_ADDRESS, FULL_ADDRESS_PASSWORD, SHORT);

        assertThat(report.attempts()).singleElement().satisfies(a -> {
            assertThat(a.outcome()).as(a.diagnosis() + a.transcript().orElse("")).isEqualTo(Outcome.PROTOCOL_ERROR);
            assertThat(a.diagnosis().variant()).isEqualTo("tlsOnPlainPort");
        });
    }
}
