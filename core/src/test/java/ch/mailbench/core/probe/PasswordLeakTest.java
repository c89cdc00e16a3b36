package ch.mailbench.core.probe;

import ch.mailbench.core.task.ProgressMonitor;
import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.Protocol;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.core.probe.testing.GreenMailServers;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With every log switched to its most verbose level and the mail protocol trace on, no password
 * (nor its SASL encodings) shows up anywhere: logs, standard streams, transcripts, explanations.
 */
class PasswordLeakTest {

    @Test
    void passwordsAppearInNoOutputEvenWithMailDebugOn() {
        List<String> julRecords = new ArrayList<>();
        Handler julCapture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                julRecords.add(record.getLoggerName() + " " + record.getMessage() + " " + java.util.Arrays.toString(record.getParameters())
                        + (record.getThrown() == null ? "" : " " + record.getThrown()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger julRoot = java.util.logging.Logger.getLogger("");
        java.util.logging.Level julLevel = julRoot.getLevel();
        julRoot.addHandler(julCapture);
        julRoot.setLevel(java.util.logging.Level.ALL);
        java.util.logging.Logger.getLogger("org.eclipse.angus").setLevel(java.util.logging.Level.ALL);
        java.util.logging.Logger.getLogger("jakarta.mail").setLevel(java.util.logging.Level.ALL);

        Logger logbackRoot = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level logbackLevel = logbackRoot.getLevel();
        ListAppender<ILoggingEvent> logbackCapture = new ListAppender<>();
        logbackCapture.start();
        logbackRoot.addAppender(logbackCapture);
        logbackRoot.setLevel(Level.ALL);
        // GreenMail is the server: it logs what it receives, the password included. Not ours to judge.
        Logger greenMailLog = (Logger) LoggerFactory.getLogger("com.icegreen");
        greenMailLog.setLevel(Level.OFF);

        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream streams = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(streams, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        System.setProperty("mail.debug", "true");
        System.setProperty("mail.debug.auth", "true");

        StringBuilder results = new StringBuilder();
        try (GreenMailServers servers = new GreenMailServers(); ProbeFixture fixture = new ProbeFixture()) {
            OutcomeTexts texts = new OutcomeTexts(Locale.ENGLISH);
            ProbeOptions options = ProbeOptions.defaults().withTimeout(Duration.ofSeconds(5)).withTranscript(true);
            for (Protocol protocol : Protocol.values()) {
                for (Security security : List.of(Security.SSL_TLS, Security.NONE)) {
                    ServerTarget target = new ServerTarget(protocol == Protocol.SMTP ? ServerRole.SMTP : ServerRole.INCOMING,
                            protocol, servers.endpoint(protocol, security), true);
                    // Local-part user recorded with the full address: a refused login, then the fallback.
                    ServerReport report = fixture.probe.check(target, EmailAddress.parse(GreenMailServers.LOCAL_PART_USER),
                            UsernameFormat.FULL_ADDRESS, Optional.of(GreenMailServers.LOCAL_PART_PASSWORD.toCharArray()),
                            true, options, ProgressMonitor.silent());
                    assertThat(report.passed()).as(protocol + " " + security).isTrue();
                    for (Attempt attempt : report.attempts()) {
                        results.append(attempt).append(texts.explanation(attempt.diagnosis())).append(texts.hint(attempt.diagnosis()));
                    }
                }
            }
        } finally {
            System.setOut(out);
            System.setErr(err);
            System.clearProperty("mail.debug");
            System.clearProperty("mail.debug.auth");
            julRoot.removeHandler(julCapture);
            julRoot.setLevel(julLevel);
            logbackRoot.detachAppender(logbackCapture);
            logbackRoot.setLevel(logbackLevel);
            greenMailLog.setLevel(null);
        }

        String everything = String.join("\n", julRecords) + "\n"
                + String.join("\n", logbackCapture.list.stream().map(ILoggingEvent::getFormattedMessage).toList()) + "\n"
                + streams.toString(StandardCharsets.UTF_8) + "\n" + results;
        assertThat(results.toString()).as("the transcripts were recorded").contains("S: * OK").contains("C: EHLO")
                .contains("TLS: TLSv1.");
        assertThat(results.toString()).as("the sign-in shows as hidden").contains(Conversation.HIDDEN);
        String password = GreenMailServers.LOCAL_PART_PASSWORD;
        assertThat(everything).doesNotContain(password)
                .doesNotContain(base64(password))
                .doesNotContain(base64("\0paul\0" + password))
                .doesNotContain(base64("\0" + GreenMailServers.LOCAL_PART_USER + "\0" + password));
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
