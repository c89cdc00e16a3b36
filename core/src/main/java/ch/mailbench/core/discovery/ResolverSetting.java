package ch.mailbench.core.discovery;

import ch.mailbench.core.model.HostName;
import ch.mailbench.core.probe.HostResolver;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The DNS server the technician chose (the console's setting, {@code --dns}), or none for the
 * system's. Discovery and connection tests read it at the start of each run, so a change applies to
 * the next run. Checking the text looks nothing up (it runs on the EDT); using it may resolve the
 * server's name, so do that off the EDT. Thread-safe.
 */
public final class ResolverSetting {

    private final AtomicReference<Optional<String>> server = new AtomicReference<>(Optional.empty());

    /**
     * Checks {@code HOST:PORT} (or a bare host: port 53) without any lookup and returns it trimmed.
     * @throws IllegalArgumentException saying what is wrong with it
     */
    public static String check(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("The DNS server is empty: give HOST:PORT, e.g. 127.0.0.1:5353");
        }
        int colon = value.lastIndexOf(':');
        if (colon != value.indexOf(':')) {
            throw new IllegalArgumentException("Write an IPv6 DNS server's address without a port");
        }
        String host = colon > 0 ? value.substring(0, colon) : value;
        if (colon > 0) {
            String port = value.substring(colon + 1);
            if (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
                throw new IllegalArgumentException("The DNS server port must be a number between 1 and 65535, not \"" + port + "\"");
            }
        }
        if (host.matches("[0-9.]+")) {
            String[] parts = host.split("\\.", -1);
            boolean valid = parts.length == 4;
            for (String part : parts) {
                valid &= part.matches("[0-9]{1,3}") && Integer.parseInt(part) <= 255;
            }
            if (!valid) {
                throw new IllegalArgumentException("\"" + host + "\" is not an IPv4 address");
            }
        } else {
            HostName.of(host);
        }
        return value;
    }

    /** Sets the server ({@link #check checked} text) or, empty, goes back to the system's resolver. */
    public void set(Optional<String> text) {
        server.set(text.map(ResolverSetting::check));
    }

    public Optional<String> text() {
        return server.get();
    }

    /** {@code options} asking the chosen server, if any. May resolve the server's name: off the EDT. */
    public DiscoveryOptions applyTo(DiscoveryOptions options) {
        return server.get().map(s -> options.withDnsServer(DiscoveryOptions.parseDnsServer(s))).orElse(options);
    }

    /** Where connection tests connect, when a server is chosen. May resolve the server's name: off the EDT. */
    public Optional<HostResolver> hostResolver(Duration timeout) {
        return server.get().map(s -> DnsResolver.through(DiscoveryOptions.parseDnsServer(s), timeout));
    }

    /** Looks up MX records through the chosen server, else the system's. Off the EDT. */
    public DnsResolver mxResolver(Duration timeout) {
        return server.get().map(s -> DnsResolver.through(DiscoveryOptions.parseDnsServer(s), timeout))
                .orElseGet(() -> DnsResolver.system(timeout));
    }
}
