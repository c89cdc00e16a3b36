package ch.mailbench.core.model;

import java.util.Locale;
import java.util.Objects;

/**
 * One server of a {@link Provider}: protocol, host, port and security. The host may hold the
 * config-v1.1 placeholder {@code %EMAILDOMAIN%} (hosting providers that serve {@code mail.CUSTOMER-DOMAIN}).
 * Its text form, {@code IMAP mail.example.com 993 SSL_TLS}, is the one line of the catalog file
 * and of the database.
 */
public record ProviderServer(Protocol protocol, String host, Port port, Security security) {

    public ProviderServer {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(security, "security");
        if (host == null || host.isBlank() || host.strip().contains(" ")) {
            throw new IllegalArgumentException("The server name of a provider's " + protocol + " server is empty or contains a space");
        }
        host = host.strip().toLowerCase(Locale.ROOT);
        if (!host.contains("%")) {
            host = HostName.of(host).ascii();
        }
    }

    /** The host for an address on {@code domain}, placeholders filled in. */
    public HostName hostFor(DomainName domain) {
        return HostName.of(host.replace("%emaildomain%", domain.ascii()));
    }

    public Endpoint endpointFor(DomainName domain) {
        return new Endpoint(hostFor(domain), port, security);
    }

    public String toLine() {
        return protocol + " " + host + " " + port.number() + " " + security.name();
    }

    /** Reads {@link #toLine()} back. @throws IllegalArgumentException naming the bad part */
    public static ProviderServer parse(String line) {
        String[] parts = line.strip().split("\\s+");
        if (parts.length != 4) {
            throw new IllegalArgumentException("A server is written \"PROTOCOL HOST PORT SECURITY\", not \"" + line.strip() + "\"");
        }
        Protocol protocol;
        Security security;
        try {
            protocol = Protocol.valueOf(parts[0].toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The protocol \"" + parts[0] + "\" is not IMAP, POP3 or SMTP", e);
        }
        try {
            security = Security.valueOf(parts[3].toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The security \"" + parts[3] + "\" is not SSL_TLS, STARTTLS or NONE", e);
        }
        return new ProviderServer(protocol, parts[1], Port.parse(parts[2]), security);
    }
}
