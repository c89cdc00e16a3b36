package ch.mailbench.core.model;

import java.util.Objects;

/** A server to talk to: host, port and how the connection is protected. */
public record Endpoint(HostName host, Port port, Security security) {

    public Endpoint {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(security, "security");
    }

    public static Endpoint of(String host, int port, Security security) {
        return new Endpoint(HostName.of(host), Port.of(port), security);
    }

    /**
     * Reads {@code HOST:PORT:SECURITY} as typed on the command line, security {@code SSL}, {@code TLS},
     * {@code SSL_TLS}, {@code STARTTLS} or {@code NONE} in any case.
     *
     * @throws IllegalArgumentException saying which part is wrong
     */
    public static Endpoint parse(String text) {
        String[] parts = text.strip().split(":");
        if (parts.length != 3) {
            throw new IllegalArgumentException("\"" + text + "\" is not HOST:PORT:SECURITY (e.g. imap.example.ch:993:SSL)");
        }
        Security security = switch (parts[2].strip().toUpperCase(java.util.Locale.ROOT).replace('/', '_')) {
            case "SSL", "TLS", "SSL_TLS" -> Security.SSL_TLS;
            case "STARTTLS" -> Security.STARTTLS;
            case "NONE" -> Security.NONE;
            default -> throw new IllegalArgumentException("Unknown security \"" + parts[2] + "\" in \"" + text
                    + "\": use SSL, STARTTLS or NONE");
        };
        return new Endpoint(HostName.of(parts[0]), Port.parse(parts[1]), security);
    }

    @Override
    public String toString() {
        return host + ":" + port + " " + security.label();
    }
}
