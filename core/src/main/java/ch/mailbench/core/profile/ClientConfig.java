package ch.mailbench.core.profile;

import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.MailboxType;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.UsernameFormat;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed Thunderbird config-v1.1 file (one {@code emailProvider}). Servers keep the file's order,
 * which is the provider's order of preference. {@code problems} lists the entries that were
 * skipped, each with its line and reason, so a caller can show why a server is missing.
 */
public record ClientConfig(String providerId, List<String> domains, String displayName, String displayShortName,
                           List<ConfigServer> incomingServers, List<ConfigServer> outgoingServers,
                           List<String> documentationUrls, List<String> problems) {

    public ClientConfig {
        providerId = Objects.requireNonNullElse(providerId, "");
        domains = List.copyOf(domains);
        displayName = Objects.requireNonNullElse(displayName, "");
        displayShortName = Objects.requireNonNullElse(displayShortName, "");
        incomingServers = List.copyOf(incomingServers);
        outgoingServers = List.copyOf(outgoingServers);
        documentationUrls = List.copyOf(documentationUrls);
        problems = List.copyOf(problems);
    }

    /**
     * The settings a device would use for {@code address}: the provider's first usable IMAP server
     * (else POP3) that takes a password, and its first usable SMTP server. Empty when the file has
     * no such incoming server (OAuth2-only or Exchange-only providers).
     */
    public Optional<ServerSettings> settingsFor(EmailAddress address) {
        return settingsFor(address, MailboxType.IMAP).or(() -> settingsFor(address, MailboxType.POP3));
    }

    /** As {@link #settingsFor(EmailAddress)}, for one mailbox type (IMAP or POP3). */
    public Optional<ServerSettings> settingsFor(EmailAddress address, MailboxType type) {
        String wanted = type == MailboxType.POP3 ? "pop3" : type == MailboxType.IMAP ? "imap" : "";
        for (ConfigServer incoming : incomingServers) {
            if (!incoming.type().equals(wanted) || !incoming.acceptsPassword()) {
                continue;
            }
            Optional<Endpoint> in = incoming.endpointFor(address);
            if (in.isEmpty()) {
                continue;
            }
            UsernameFormat format = incoming.username().formatFor(address);
            Optional<ConfigServer> smtp = outgoingServers.stream()
                    .filter(s -> s.type().equals("smtp") && s.endpointFor(address).isPresent())
                    .filter(s -> s.acceptsPassword() || s.needsNoLogin())
                    .findFirst();
            return Optional.of(new ServerSettings(type, in, smtp.flatMap(s -> s.endpointFor(address)),
                    smtp.map(s -> !s.needsNoLogin()).orElse(true), format));
        }
        return Optional.empty();
    }
}
