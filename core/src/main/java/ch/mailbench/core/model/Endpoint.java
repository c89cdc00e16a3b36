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

    @Override
    public String toString() {
        return host + ":" + port + " " + security.label();
    }
}
