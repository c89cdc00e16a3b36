package ch.mailbench.core.profile;

import ch.mailbench.core.model.Port;
import ch.mailbench.core.model.Protocol;
import ch.mailbench.core.model.Security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads an Outlook autodiscover response (POX, response schema 2006a), namespace-blind and
 * tolerant: elements are found by name wherever the {@code Account} is, on/off values in any
 * case, and a block with a bad port is skipped and reported rather than failing the whole file.
 */
public final class AutodiscoverParser extends ProfileParser<AutodiscoverResponse> {

    private static final String WHAT = "autodiscover file";

    public AutodiscoverParser() {
        super(new Kind(WHAT, "Autodiscover", "it is not an autodiscover response"));
    }

    @Override
    AutodiscoverResponse read(XmlNode root) {
        XmlNode response = root.first("Response").orElseThrow(() -> new ProfileFormatException(
                "The " + WHAT + " has no <Response> element (line " + root.line() + ")"));
        Optional<String> error = response.first("Error").map(e -> e.textOf("Message").or(() -> e.textOf("ErrorCode"))
                .orElse("error without a message"));
        Optional<XmlNode> account = response.first("Account");
        List<String> problems = new ArrayList<>();
        List<AutodiscoverProtocol> protocols = new ArrayList<>();
        Optional<String> redirectAddress = Optional.empty();
        Optional<String> redirectUrl = Optional.empty();
        if (account.isPresent()) {
            String action = account.get().textOf("Action").orElse("settings").toLowerCase(Locale.ROOT);
            redirectAddress = action.equals("redirectaddr") ? account.get().textOf("RedirectAddr") : Optional.empty();
            redirectUrl = action.equals("redirecturl") ? account.get().textOf("RedirectUrl") : Optional.empty();
            for (XmlNode block : account.get().all("Protocol")) {
                protocol(block, problems).ifPresent(protocols::add);
            }
        }
        return new AutodiscoverResponse(protocols, redirectAddress, redirectUrl, error, problems);
    }

    private static Optional<AutodiscoverProtocol> protocol(XmlNode block, List<String> problems) {
        Optional<String> type = block.textOf("Type").or(() -> block.attribute("Type"));
        if (type.isEmpty()) {
            problems.add("Line " + block.line() + ": <Protocol> without <Type>; skipped");
            return Optional.empty();
        }
        Optional<Port> port;
        try {
            port = block.textOf("Port").map(Port::parse);
        } catch (IllegalArgumentException e) {
            problems.add("Line " + block.line() + ": " + type.get() + " block skipped: <Port> " + e.getMessage());
            return Optional.empty();
        }
        return Optional.of(new AutodiscoverProtocol(type.get(), block.textOf("Server"), port, block.textOf("LoginName"),
                security(block, type.get(), port), !isOff(block.textOf("AuthRequired").orElse("on")), block.line()));
    }

    /**
     * {@code Encryption} (None, SSL, TLS, Auto) wins over the older {@code SSL} on/off. "TLS" is
     * STARTTLS in Outlook's words; "on" or "Auto" alone is taken as implicit TLS on the protocol's
     * implicit-TLS port and STARTTLS elsewhere, which is what Outlook tries first.
     */
    private static Optional<Security> security(XmlNode block, String type, Optional<Port> port) {
        Optional<String> encryption = block.textOf("Encryption").map(e -> e.toUpperCase(Locale.ROOT));
        if (encryption.isPresent()) {
            switch (encryption.get()) {
                case "SSL": return Optional.of(Security.SSL_TLS);
                case "TLS": return Optional.of(Security.STARTTLS);
                case "NONE": return Optional.of(Security.NONE);
                default: break;
            }
        }
        boolean ssl = !isOff(block.textOf("SSL").orElse("on"));
        if (!ssl) {
            return Optional.of(Security.NONE);
        }
        Optional<Protocol> protocol = switch (type.toUpperCase(Locale.ROOT)) {
            case "IMAP" -> Optional.of(Protocol.IMAP);
            case "POP3" -> Optional.of(Protocol.POP3);
            case "SMTP" -> Optional.of(Protocol.SMTP);
            default -> Optional.empty();
        };
        if (protocol.isEmpty() || port.isEmpty()) {
            return Optional.of(Security.SSL_TLS);
        }
        return Optional.of(port.get().equals(protocol.get().standardPort(Security.SSL_TLS)) ? Security.SSL_TLS : Security.STARTTLS);
    }

    private static boolean isOff(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        return v.equals("off") || v.equals("false") || v.equals("0") || v.equals("no");
    }
}
