package ch.mailbench.core.profile;

import ch.mailbench.core.model.Port;
import ch.mailbench.core.model.Security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads Thunderbird's config-v1.1 format (ISPDB files and {@code autoconfig.DOMAIN/mail/config-v1.1.xml}).
 * Tolerant as Thunderbird is: unknown elements are ignored, an entry with a bad port or security
 * is skipped and reported in {@link ClientConfig#problems()}; only a file that is not XML or not a
 * {@code clientConfig} is refused.
 */
public final class AutoconfigParser extends ProfileParser<ClientConfig> {

    private static final String WHAT = "autoconfig file";

    public AutoconfigParser() {
        super(new Kind(WHAT, "clientConfig", "it is not a config-v1.1 file"));
    }

    @Override
    ClientConfig read(XmlNode root) {
        XmlNode provider = root.first("emailProvider").orElseThrow(() -> new ProfileFormatException(
                "The " + WHAT + " has no <emailProvider> element (line " + root.line() + ")"));
        List<String> problems = new ArrayList<>();
        List<ConfigServer> incoming = servers(provider, "incomingServer", problems);
        List<ConfigServer> outgoing = servers(provider, "outgoingServer", problems);
        List<String> domains = provider.all("domain").stream().map(XmlNode::text).filter(t -> !t.isEmpty()).toList();
        List<String> documentation = provider.all("documentation").stream()
                .flatMap(d -> d.attribute("url").stream()).toList();
        return new ClientConfig(provider.attribute("id").orElse(""), domains,
                provider.textOf("displayName").orElse(""), provider.textOf("displayShortName").orElse(""),
                incoming, outgoing, documentation, problems);
    }

    private static List<ConfigServer> servers(XmlNode provider, String element, List<String> problems) {
        List<ConfigServer> servers = new ArrayList<>();
        for (XmlNode node : provider.all(element)) {
            Optional<String> type = node.attribute("type");
            if (type.isEmpty()) {
                problems.add("Line " + node.line() + ": <" + element + "> has no type attribute; skipped");
                continue;
            }
            try {
                servers.add(new ConfigServer(type.get(), node.textOf("hostname"), port(node), security(node),
                        new UsernameTemplate(node.textOf("username").orElse("")),
                        node.all("authentication").stream().map(XmlNode::text).filter(t -> !t.isEmpty()).toList(),
                        node.line()));
            } catch (IllegalArgumentException e) {
                problems.add("Line " + node.line() + ": " + type.get() + " server skipped: " + e.getMessage());
            }
        }
        return servers;
    }

    private static Optional<Port> port(XmlNode server) {
        Optional<String> text = server.textOf("port");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Port.parse(text.get()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("<port> \"" + text.get() + "\": " + e.getMessage(), e);
        }
    }

    private static Optional<Security> security(XmlNode server) {
        Optional<String> text = server.textOf("socketType");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(switch (text.get().toUpperCase(Locale.ROOT)) {
            case "SSL" -> Security.SSL_TLS;
            case "STARTTLS" -> Security.STARTTLS;
            case "PLAIN" -> Security.NONE;
            default -> throw new IllegalArgumentException("<socketType> \"" + text.get() + "\" is not SSL, STARTTLS or plain");
        });
    }
}
