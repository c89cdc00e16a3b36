package ch.mailbench.core.probe;

import ch.mailbench.core.model.Protocol;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the server's greeting and its advertised capabilities out of a protocol trace, as one
 * line for the history: {@code * OK Dovecot ready. | IMAP4rev1 STARTTLS AUTH=PLAIN}.
 */
final class ServerIntro {

    private static final int MAX_LENGTH = 1_000;

    private ServerIntro() {
    }

    static String of(Protocol protocol, List<String> lines) {
        if (lines.isEmpty()) {
            return "";
        }
        String greeting = lines.get(0).strip();
        Set<String> capabilities = switch (protocol) {
            case IMAP -> imapCapabilities(lines);
            case POP3 -> pop3Capabilities(lines);
            case SMTP -> smtpExtensions(lines);
        };
        String text = capabilities.isEmpty() ? greeting : greeting + " | " + String.join(" ", capabilities);
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
    }

    private static Set<String> imapCapabilities(List<String> lines) {
        Set<String> capabilities = new LinkedHashSet<>();
        for (String line : lines) {
            String upper = line.toUpperCase(Locale.ROOT);
            int at = upper.indexOf("CAPABILITY ");
            if (line.startsWith("*") && at >= 0) {
                String list = line.substring(at + "CAPABILITY ".length());
                int end = list.indexOf(']');
                capabilities.clear();
                capabilities.addAll(List.of((end >= 0 ? list.substring(0, end) : list).strip().split("\\s+")));
            }
        }
        return capabilities;
    }

    /** The lines between the CAPA command and the terminating dot; the last CAPA wins (after STLS). */
    private static Set<String> pop3Capabilities(List<String> lines) {
        Set<String> capabilities = new LinkedHashSet<>();
        boolean askedCapa = false;
        boolean inList = false;
        for (String line : lines) {
            String stripped = line.strip();
            if (stripped.equalsIgnoreCase("CAPA")) {
                askedCapa = true;
            } else if (askedCapa) {
                askedCapa = false;
                inList = stripped.startsWith("+OK");
                if (inList) {
                    capabilities.clear();
                }
            } else if (inList && stripped.equals(".")) {
                inList = false;
            } else if (inList) {
                capabilities.add(stripped.split("\\s+")[0]);
            }
        }
        return capabilities;
    }

    /** The keywords of the last EHLO answer ("250-STARTTLS", "250 AUTH PLAIN LOGIN"). */
    private static Set<String> smtpExtensions(List<String> lines) {
        Set<String> extensions = new LinkedHashSet<>();
        List<String> current = new ArrayList<>();
        boolean inEhlo = false;
        for (String line : lines) {
            if (line.toUpperCase(Locale.ROOT).startsWith("EHLO ")) {
                current = new ArrayList<>();
                inEhlo = true;
            } else if (inEhlo && line.startsWith("250")) {
                current.add(line.length() > 4 ? line.substring(4).strip() : "");
                if (line.startsWith("250 ")) {
                    inEhlo = false;
                    extensions.clear();
                    // The first 250 line names the server, not an extension.
                    current.stream().skip(1).forEach(extensions::add);
                }
            }
        }
        return extensions;
    }
}
