package ch.mailbench.core.profile;

import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.HostName;
import ch.mailbench.core.model.Port;
import ch.mailbench.core.model.Security;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@code incomingServer} or {@code outgoingServer} of a config-v1.1 file, as written there.
 * {@code type} is lower case ({@code imap}, {@code pop3}, {@code smtp}, {@code exchange}, …);
 * {@code hostname} may hold placeholders such as {@code %EMAILDOMAIN%}. Servers reached by URL
 * only (EWS, Graph) have no host, port or security.
 */
public record ConfigServer(String type, Optional<String> hostname, Optional<Port> port, Optional<Security> security,
                           UsernameTemplate username, List<String> authentication, int line) {

    public ConfigServer {
        type = Objects.requireNonNull(type, "type").strip().toLowerCase(Locale.ROOT);
        Objects.requireNonNull(hostname, "hostname");
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(username, "username");
        authentication = List.copyOf(authentication);
    }

    /** True when a device can log in with a password (not OAuth2 only, not client certificates). */
    public boolean acceptsPassword() {
        if (authentication.isEmpty()) {
            return true; // Thunderbird's default is a cleartext password over the chosen security.
        }
        return authentication.stream().map(a -> a.toLowerCase(Locale.ROOT))
                .anyMatch(a -> a.startsWith("password-") || a.equals("plain") || a.equals("secure"));
    }

    /** True when the server needs no login at all (outgoing servers on a provider's own network). */
    public boolean needsNoLogin() {
        return authentication.stream().map(a -> a.toLowerCase(Locale.ROOT))
                .anyMatch(a -> a.equals("none") || a.equals("client-ip-address") || a.equals("smtp-after-pop"));
    }

    /** The endpoint for {@code address}, placeholders in the host name resolved; empty when incomplete or invalid. */
    public Optional<Endpoint> endpointFor(EmailAddress address) {
        if (hostname.isEmpty() || port.isEmpty() || security.isEmpty()) {
            return Optional.empty();
        }
        try {
            String host = UsernameTemplate.Placeholders.resolve(hostname.get(), address);
            return Optional.of(new Endpoint(HostName.of(host), port.get(), security.get()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
