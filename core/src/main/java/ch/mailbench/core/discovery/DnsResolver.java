package ch.mailbench.core.discovery;

import ch.mailbench.core.probe.HostResolver;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The DNS server a technician named ({@code --dns}, the console's setting) for the checks outside a
 * discovery run: connection tests connect to the address it returns (TLS still checks the host
 * name), and a refused login looks up the domain's MX through it.
 */
public final class DnsResolver implements HostResolver {

    private final Dns dns;

    private DnsResolver(Optional<InetSocketAddress> server, Duration timeout) {
        this.dns = new Dns(server, timeout);
    }

    /** Queries {@code server} (e.g. 127.0.0.1:5353), each query bounded by {@code timeout}. */
    public static DnsResolver through(InetSocketAddress server, Duration timeout) {
        return new DnsResolver(Optional.of(server), timeout);
    }

    /** The system's resolver: for MX lookups when no server is named (addresses then come from the system too). */
    public static DnsResolver system(Duration timeout) {
        return new DnsResolver(Optional.empty(), timeout);
    }

    /** An address literal as it is; a name through the named server, else the system's resolver (hosts file included). */
    @Override
    public InetAddress resolve(String host) throws IOException {
        if (host.matches("[0-9.]+") || host.contains(":") || !dns.configured()) {
            return InetAddress.getByName(host);
        }
        List<InetAddress> addresses = dns.addresses(host);
        if (addresses.isEmpty()) {
            throw new UnknownHostException(host + " has no address");
        }
        return addresses.get(0);
    }

    /** The MX hosts of {@code domain} (ASCII form), lowest preference first; empty when it has none. */
    public List<String> mxHosts(String domain) throws IOException {
        return dns.mx(domain).stream().map(Dns.Mx::host).toList();
    }
}
