package ch.mailbench.core.probe;

import ch.mailbench.core.model.CertificateInfo;
import ch.mailbench.core.model.Protocol;
import ch.mailbench.core.model.Security;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ConversationTest {

    private static final Optional<CertificateInfo> CERTIFICATE = Optional.of(new CertificateInfo("CN=mail.example.ch",
            "CN=Test CA", Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"), "AB:CD:EF"));

    private static List<String> conversation(String secret, String trace, Protocol protocol, Security security, String tls) {
        Transcript transcript = new Transcript(secret);
        byte[] bytes = trace.getBytes(StandardCharsets.UTF_8);
        transcript.write(bytes, 0, bytes.length);
        transcript.close();
        return Conversation.of(transcript.lines(), protocol, security, tls, tls.isEmpty() ? Optional.empty() : CERTIFICATE);
    }

    @Test
    void imapOverTlsStartsWithTheCertificateAndTellsWhoSaidWhat() {
        List<String> lines = conversation("s3cret", "DEBUG: setDebug: Jakarta Mail version 2.1\n* OK [CAPABILITY IMAP4rev1] ready\n"
                + "A0 CAPABILITY\n* CAPABILITY IMAP4rev1 AUTH=PLAIN\nA0 OK done\nA1 LOGIN marie s3cret\nA1 NO [AUTHENTICATIONFAILED] no\n"
                + "jakarta.mail.AuthenticationFailedException: no\n\tat x.y(Z.java:1)\n", Protocol.IMAP, Security.SSL_TLS,
                "TLSv1.3 TLS_AES_256_GCM_SHA384");

        assertThat(lines).containsExactly(
                "TLS: TLSv1.3 TLS_AES_256_GCM_SHA384; certificate CN=mail.example.ch, issued by CN=Test CA, valid 2026-01-01 – 2027-01-01, SHA-256 AB:CD:EF",
                "S: * OK [CAPABILITY IMAP4rev1] ready", "C: A0 CAPABILITY", "S: * CAPABILITY IMAP4rev1 AUTH=PLAIN", "S: A0 OK done",
                "C: A1 LOGIN <redacted>", "S: A1 NO [AUTHENTICATIONFAILED] no");
    }

    @Test
    void smtpStartTlsShowsTheTlsStepAfterTheServerAgreedAndHidesTheSignIn() {
        List<String> lines = conversation("pw", "220 mail.example.ch ESMTP\nEHLO pc\n250-mail.example.ch\n250 STARTTLS\nSTARTTLS\n"
                + "220 2.0.0 Ready to start TLS\nEHLO pc\n250-mail.example.ch\n250 AUTH PLAIN LOGIN\nAUTH LOGIN\n334 VXNlcm5hbWU6\n"
                + "bWFyaWU=\n334 UGFzc3dvcmQ6\ncHc=\n235 2.7.0 Authentication successful\nQUIT\n221 Bye\n",
                Protocol.SMTP, Security.STARTTLS, "TLSv1.3 TLS_AES_128_GCM_SHA256");

        assertThat(lines).containsExactly("S: 220 mail.example.ch ESMTP", "C: EHLO pc", "S: 250-mail.example.ch", "S: 250 STARTTLS",
                "C: STARTTLS", "S: 220 2.0.0 Ready to start TLS",
                "TLS: TLSv1.3 TLS_AES_128_GCM_SHA256; certificate CN=mail.example.ch, issued by CN=Test CA, valid 2026-01-01 – 2027-01-01, SHA-256 AB:CD:EF",
                "C: EHLO pc", "S: 250-mail.example.ch", "S: 250 AUTH PLAIN LOGIN", "C: AUTH LOGIN <redacted>", Conversation.HIDDEN,
                "S: 235 2.7.0 Authentication successful", "C: QUIT", "S: 221 Bye");
        assertThat(String.join("\n", lines)).doesNotContain("cHc=").doesNotContain("bWFyaWU=");
    }

    @Test
    void pop3CapabilityListsAreTheServersUntilTheDot() {
        List<String> lines = conversation("Tr1cky", "+OK POP3 ready\nCAPA\n+OK\nUSER\nSTLS\n.\nUSER marie\n+OK\nPASS Tr1cky\n-ERR [AUTH] no\n",
                Protocol.POP3, Security.NONE, "");

        assertThat(lines).containsExactly("S: +OK POP3 ready", "C: CAPA", "S: +OK", "S: USER", "S: STLS", "S: .", "C: USER marie",
                "S: +OK", "C: PASS <redacted>", "S: -ERR [AUTH] no");
    }

    @Test
    void theSignInJakartaMailLeavesOutOfItsTraceShowsAsHidden() {
        List<String> lines = conversation("pw", "* OK ready\nDEBUG IMAPS: LOGIN command trace suppressed\nA1 OK LOGIN completed\n",
                Protocol.IMAP, Security.NONE, "");

        assertThat(lines).containsExactly("S: * OK ready", Conversation.HIDDEN, "S: A1 OK LOGIN completed");
    }

    @Test
    void aHandshakeThatNeverCompletedIsSaid() {
        List<String> lines = conversation("pw", "DEBUG IMAPS: connecting\n", Protocol.IMAP, Security.SSL_TLS, "");

        assertThat(lines).containsExactly("TLS: no encrypted connection was established; no certificate received");
    }
}
