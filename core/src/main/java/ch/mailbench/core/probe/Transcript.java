package ch.mailbench.core.probe;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Receives Jakarta Mail's protocol trace of one attempt and keeps it line by line with every
 * credential-bearing line redacted before it is stored: login commands, SASL exchanges and
 * anything containing the password itself. The raw bytes are never kept.
 */
final class Transcript extends OutputStream {

    static final String REDACTED = "<redacted>";

    /** A client command carrying credentials; an IMAP tag starts with a letter, so "250 AUTH ..." is no command. */
    private static final Pattern LOGIN_COMMAND = Pattern.compile(
            "^((?:[A-Za-z]\\w* )?(?:LOGIN|PASS|APOP|(?:AUTHENTICATE|AUTH) \\S+))\\b.*", Pattern.CASE_INSENSITIVE);
    /** Server replies that end a SASL exchange (IMAP tagged, POP3, SMTP final codes). */
    private static final Pattern EXCHANGE_END = Pattern.compile("^(\\S+ (OK|NO|BAD)\\b|\\+OK|-ERR|[245]\\d\\d([ -]|$)).*",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_LINES = 2_000;
    /** Jakarta Mail prints exceptions with their stack into the trace: that is no server talk. */
    private static final Pattern EXCEPTION_LINE = Pattern.compile("^([\\w$]+\\.)+[\\w$]*(Exception|Error)(: .*)?$");

    private final String secret;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private final List<String> lines = new ArrayList<>();
    private boolean inSaslExchange;

    /** @param secret the password of this attempt, scrubbed from any line it would appear in */
    Transcript(String secret) {
        this.secret = secret;
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            flushLine();
        } else if (b != '\r') {
            pending.write(b);
        }
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            write(bytes[i]);
        }
    }

    @Override
    public synchronized void close() {
        if (pending.size() > 0) {
            flushLine();
        }
    }

    private void flushLine() {
        String line = pending.toString(StandardCharsets.UTF_8);
        pending.reset();
        boolean stackFrame = line.startsWith("\t") || line.startsWith("Caused by: ");
        if (lines.size() < MAX_LINES && !stackFrame) {
            lines.add(redact(line));
        }
    }

    private String redact(String line) {
        String safe = !secret.isEmpty() && line.contains(secret) ? line.replace(secret, REDACTED) : line;
        if (safe.startsWith("DEBUG")) {
            return safe;
        }
        Matcher command = LOGIN_COMMAND.matcher(safe.strip());
        if (command.matches()) {
            inSaslExchange = true;
            // Keep tag, verb and SASL mechanism ("A1 AUTHENTICATE PLAIN") so the trace stays readable.
            return command.group(1) + " " + REDACTED;
        }
        if (inSaslExchange) {
            if (EXCHANGE_END.matcher(safe.strip()).matches()) {
                inSaslExchange = false;
                return safe;
            }
            return REDACTED;
        }
        return safe;
    }

    synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    /** The protocol lines the server or client sent, without Jakarta Mail's own DEBUG notes. */
    synchronized List<String> protocolLines() {
        return lines.stream().filter(l -> !l.startsWith("DEBUG") && !l.isBlank() && !EXCEPTION_LINE.matcher(l).matches()).toList();
    }

    synchronized String text() {
        return String.join("\n", lines);
    }
}
