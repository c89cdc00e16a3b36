package ch.mailbench.core.discovery;

import java.util.HashMap;
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

    /** Parses {@code --port-map}'s {@code https=PORT,http=PORT,993=PORT,…} (tests and the benchmark's loopback servers). */
    public static PortMap parse(String text) {
        int https = 443;
        int http = 80;
        Map<Integer, Integer> mail = new HashMap<>();
        for (String pair : text.split(",")) {
            String[] parts = pair.strip().split("=");
            if (parts.length != 2) {
                throw new IllegalArgumentException("--port-map: \"" + pair + "\" is not NAME=PORT");
            }
            int port = Integer.parseInt(parts[1].strip());
            switch (parts[0].strip()) {
                case "https" -> https = port;
                case "http" -> http = port;
                default -> mail.put(Integer.parseInt(parts[0].strip()), port);
            }
        }
        return new PortMap(https, http, mail);
    }

    /** The port to connect to for the standard mail port {@code port}. */
    public int mail(int port) {
        return mail.getOrDefault(port, port);
    }
}
