package ch.mailbench.core.discovery;

import java.util.Map;

/**
 * The ports discovery uses for the standard ones: HTTPS and HTTP for autoconfig and autodiscover,
 * and the mail ports it guesses and probes. The identity in real use; tests and the benchmark map
 * them to the unprivileged ports of their loopback servers.
 */
public record PortMap(int https, int http, Map<Integer, Integer> mail) {

    public PortMap {
        mail = Map.copyOf(mail);
    }

    public static PortMap standard() {
        return new PortMap(443, 80, Map.of());
    }

    /** The port to connect to for the standard mail port {@code port}. */
    public int mail(int port) {
        return mail.getOrDefault(port, port);
    }
}
