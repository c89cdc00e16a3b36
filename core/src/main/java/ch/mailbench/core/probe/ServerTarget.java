package ch.mailbench.core.probe;

import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.Protocol;
import ch.mailbench.core.model.Security;

import java.util.Locale;
import java.util.Objects;

/**
 * One server of a mailbox to test: the protocol, where it is, and whether it wants a login
 * (SMTP without authentication is only connected to and greeted).
 */
public record ServerTarget(ServerRole role, Protocol protocol, Endpoint endpoint, boolean login) {

    public ServerTarget {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(endpoint, "endpoint");
    }

    /** The Jakarta Mail provider name: {@code imaps} for IMAP over implicit TLS, and so on. */
    String providerName() {
        String base = protocol.name().toLowerCase(Locale.ROOT);
        return endpoint.security() == Security.SSL_TLS ? base + "s" : base;
    }
}
