package ch.mailbench.core.probe;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class TranscriptTest {

    private static Transcript feed(String secret, String text) {
        Transcript transcript = new Transcript(secret);
        transcript.write(text.getBytes(StandardCharsets.UTF_8), 0, text.length());
        transcript.close();
        return transcript;
    }

    @Test
    void redactsImapLoginAndKeepsTheVerb() {
        Transcript transcript = feed("s3cret", "* OK ready\r\nA1 LOGIN marie s3cret\r\nA1 OK done\r\n");

        assertThat(transcript.lines()).containsExactly("* OK ready", "A1 LOGIN <redacted>", "A1 OK done");
    }

    @Test
    void redactsSaslExchangesUntilTheServerConcludes() {
        Transcript transcript = feed("pw", "AUTH LOGIN\n334 VXNlcm5hbWU6\nbWFyaWU=\n334 UGFzc3dvcmQ6\ncHc=\n235 2.7.0 Authentication successful\nQUIT\n");

        assertThat(transcript.lines()).containsExactly("AUTH LOGIN <redacted>", "<redacted>", "<redacted>", "<redacted>",
                "<redacted>", "235 2.7.0 Authentication successful", "QUIT");
    }

    @Test
    void redactsPop3PassAndAnyLineHoldingThePassword() {
        Transcript transcript = feed("Tr1cky pass", "USER marie\nPASS Tr1cky pass\n+OK\nDEBUG: odd Tr1cky pass\n");

        assertThat(transcript.text()).doesNotContain("Tr1cky pass").contains("USER marie").contains("PASS <redacted>");
    }

    @Test
    void serverCapabilityLinesMentioningAuthAreNoCommands() {
        Transcript transcript = feed("pw", "250-mail.example.ch\n250-AUTH PLAIN LOGIN\n250 AUTH PLAIN LOGIN\nMAIL FROM:<a@b.ch>\n");

        assertThat(transcript.lines()).containsExactly("250-mail.example.ch", "250-AUTH PLAIN LOGIN", "250 AUTH PLAIN LOGIN",
                "MAIL FROM:<a@b.ch>");
    }

    @Test
    void stackTracesAreNoServerTalk() {
        Transcript transcript = feed("pw", "DEBUG SMTP: exception\njava.net.SocketTimeoutException: Read timed out\n\tat x.y(Z.java:1)\n");

        assertThat(transcript.protocolLines()).isEmpty();
        assertThat(transcript.lines()).containsExactly("DEBUG SMTP: exception", "java.net.SocketTimeoutException: Read timed out");
    }
}
