package ch.mailbench.core.discovery;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How a discovery runs. {@code timeout} bounds each source and each probe; the whole run ends
 * after about one timeout however many hosts are silent. {@code dnsServer}: ask this resolver
 * (MX, SRV and the addresses of every probed host) instead of the system's.
 * {@code stagger}: the delay between the starts of two guessed probes.
 */
public record DiscoveryOptions(Duration timeout, Optional<InetSocketAddress> dnsServer, PortMap ports, Duration stagger) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    public DiscoveryOptions {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException("The timeout must be more than 0 and at most 10 minutes");
        }
        Objects.requireNonNull(dnsServer, "dnsServer");
        Objects.requireNonNull(ports, "ports");
        Objects.requireNonNull(stagger, "stagger");
    }

    public static DiscoveryOptions defaults() {
        return new DiscoveryOptions(DEFAULT_TIMEOUT, Optional.empty(), PortMap.standard(), Duration.ofMillis(20));
    }

    public DiscoveryOptions withTimeout(Duration newTimeout) {
        return new DiscoveryOptions(newTimeout, dnsServer, ports, stagger);
    }

    public DiscoveryOptions withDnsServer(InetSocketAddress server) {
        return new DiscoveryOptions(timeout, Optional.of(server), ports, stagger);
    }

    public DiscoveryOptions withPorts(PortMap newPorts) {
        return new DiscoveryOptions(timeout, dnsServer, newPorts, stagger);
    }

    /** Parses {@code HOST:PORT} (or a bare host, port 53) as given to {@code --dns}. */
    public static InetSocketAddress parseDnsServer(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("The DNS server is empty: give HOST:PORT, e.g. 127.0.0.1:5353");
        }
        int colon = value.lastIndexOf(':');
        String host = colon > 0 && value.indexOf(':') == colon ? value.substring(0, colon) : value;
        int port = 53;
        if (colon > 0 && value.indexOf(':') == colon) {
            try {
                port = Integer.parseInt(value.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("The DNS server port \"" + value.substring(colon + 1) + "\" is not a number", e);
            }
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("The DNS server port must be between 1 and 65535, not " + port);
        }
        return new InetSocketAddress(host, port);
    }
}
