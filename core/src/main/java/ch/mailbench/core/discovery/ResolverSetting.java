package ch.mailbench.core.discovery;

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
     * Checks {@code HOST:PORT}, a bare host (port 53) or {@code [IPv6]:PORT} without any lookup and returns it trimmed.
     * @throws IllegalArgumentException saying what is wrong with it
     */
    public static String check(String text) {
        DnsServerText.parse(text);
        return text.strip();
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
