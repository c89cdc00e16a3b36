package ch.mailbench.core.probe;

import ch.mailbench.core.model.CertificateInfo;
import ch.mailbench.core.model.Protocol;
import ch.mailbench.core.model.Security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns an attempt's redacted trace into the conversation a technician reads: "C:" for what
 * Mailbench sent, "S:" for what the server answered, one "TLS:" line where the connection became
 * encrypted (protocol, cipher, certificate summary), without Jakarta Mail's own notes and stack
 * traces. Who said a line is told from the protocol's grammar (replies have status codes or
 * markers), since the trace itself does not say. The sign-in, which Jakarta Mail leaves out of its
 * trace (or which {@link Transcript} redacts), shows as one hidden line.
 */
final class Conversation {

    static final String CLIENT = "C: ";
    static final String SERVER = "S: ";
    static final String TLS = "TLS: ";
    static final String HIDDEN = "   " + Transcript.REDACTED + " (sign-in exchange hidden)";

    private static final Pattern SMTP_REPLY = Pattern.compile("^\\d{3}([ -].*)?$");
    private static final Pattern IMAP_REPLY = Pattern.compile("^(\\*|\\+)( .*)?$|^\\S+ (OK|NO|BAD)\\b.*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern POP3_REPLY = Pattern.compile("^([+]OK|-ERR|[+])( .*)?$", Pattern.CASE_INSENSITIVE);
    /** POP3 commands whose positive answer goes on over several lines, up to a lone ".". */
    private static final Pattern POP3_MULTILINE = Pattern.compile("^(CAPA|LIST|UIDL|TOP|RETR)\\b.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern STARTTLS = Pattern.compile("^(\\S+ )?(STARTTLS|STLS)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern EXCEPTION_LINE = Pattern.compile("^([\\w$]+\\.)+[\\w$]*(Exception|Error)(: .*)?$");

    private Conversation() {
    }

    /**
     * @param lines       the redacted trace, line by line ({@link Transcript#lines()})
     * @param tlsSession  "TLSv1.3 TLS_AES_…" of the completed handshake, empty when none completed
     * @param certificate the server's certificate, when one was presented
     */
    static List<String> of(List<String> lines, Protocol protocol, Security security, String tlsSession,
                           Optional<CertificateInfo> certificate) {
        List<String> out = new ArrayList<>();
        String tls = tlsLine(tlsSession, certificate);
        if (security == Security.SSL_TLS) {
            out.add(tls);
        }
        boolean awaitingStartTlsReply = false;
        boolean tlsShown = security != Security.STARTTLS;
        boolean pop3Multiline = false;
        String lastClient = "";
        for (String line : lines) {
            // Jakarta Mail leaves the sign-in out of its trace and says so in a note of its own.
            boolean signIn = line.equals(Transcript.REDACTED) || line.startsWith("DEBUG") && line.contains("trace suppressed");
            if (!signIn && (line.startsWith("DEBUG") || line.isBlank() || EXCEPTION_LINE.matcher(line).matches())) {
                continue;
            }
            if (signIn) {
                if (out.isEmpty() || !out.get(out.size() - 1).equals(HIDDEN)) {
                    out.add(HIDDEN);
                }
                continue;
            }
            boolean server = switch (protocol) {
                case SMTP -> SMTP_REPLY.matcher(line).matches();
                case IMAP -> IMAP_REPLY.matcher(line).matches();
                case POP3 -> pop3Multiline || POP3_REPLY.matcher(line).matches();
            };
            out.add((server ? SERVER : CLIENT) + line);
            if (server) {
                if (protocol == Protocol.POP3) {
                    pop3Multiline = pop3Multiline ? !line.equals(".")
                            : line.regionMatches(true, 0, "+OK", 0, 3) && POP3_MULTILINE.matcher(lastClient).matches();
                }
                if (awaitingStartTlsReply && !(protocol == Protocol.IMAP && line.startsWith("*"))) {
                    awaitingStartTlsReply = false;
                    tlsShown = true;
                    out.add(tls);
                }
            } else {
                lastClient = line;
                awaitingStartTlsReply = STARTTLS.matcher(line.strip()).matches();
            }
        }
        if (!tlsShown) {
            out.add(tls);
        }
        return out;
    }

    private static String tlsLine(String tlsSession, Optional<CertificateInfo> certificate) {
        String certificateText = certificate.map(c -> "certificate " + c.subject() + ", issued by " + c.issuer()
                + ", valid " + c.notBefore().toString().substring(0, 10) + " – " + c.notAfter().toString().substring(0, 10)
                + ", SHA-256 " + c.sha256Fingerprint()).orElse("no certificate received");
        return TLS + (tlsSession.isEmpty() ? "no encrypted connection was established; " : tlsSession + "; ") + certificateText;
    }
}
