package ch.mailbench.core.probe;

import java.io.IOException;
import java.net.InetAddress;

/**
 * Where a check connects for a host name, when not through the system's resolver: discovery with
 * {@code --dns} passes the resolver the technician named, so the confirming logins reach the same
 * addresses the probes did. TLS still uses the host name (SNI, certificate check).
 */
@FunctionalInterface
public interface HostResolver {

    /** @throws IOException when the name has no address */
    InetAddress resolve(String host) throws IOException;
}
