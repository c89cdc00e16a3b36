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

    /** Parses {@code HOST:PORT}, a bare host (port 53) or {@code [IPv6]:PORT} as given to {@code --dns}. */
    public static InetSocketAddress parseDnsServer(String text) {
        return DnsServerText.parse(text).address();
    }
}
