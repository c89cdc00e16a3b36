package ch.mailbench.core.probe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

/**
 * Whether this computer itself has a network: when it has none, an unresolvable or unreachable
 * server says nothing about the mailbox ("this computer seems to be offline", not "host does not
 * exist"). On Linux the routing tables tell (no default route = offline); elsewhere, no network
 * interface up besides loopback.
 */
public final class Connectivity {

    private final Path ipv4Routes;
    private final Path ipv6Routes;

    /** @param ipv4Routes a file in the format of {@code /proc/net/route}; {@code ipv6Routes} of {@code /proc/net/ipv6_route} */
    public Connectivity(Path ipv4Routes, Path ipv6Routes) {
        this.ipv4Routes = ipv4Routes;
        this.ipv6Routes = ipv6Routes;
    }

    /** This computer's own routing tables (Linux) or network interfaces (elsewhere). */
    public static Connectivity system() {
        return new Connectivity(Path.of("/proc/net/route"), Path.of("/proc/net/ipv6_route"));
    }

    /** Blocks briefly (reads a small file or lists interfaces): call it off the Event Dispatch Thread. */
    public boolean offline() {
        if (Files.isReadable(ipv4Routes)) {
            return !hasDefaultRoute(ipv4Routes, 1, "00000000") && !hasIpv6DefaultRoute();
        }
        return !hasInterfaceUp();
    }

    private boolean hasIpv6DefaultRoute() {
        // Destination ::/0 through a device other than loopback.
        return Files.isReadable(ipv6Routes) && lines(ipv6Routes).stream().map(l -> l.trim().split("\\s+"))
                .anyMatch(f -> f.length >= 10 && f[0].matches("0{32}") && f[1].equals("00") && !f[9].equals("lo"));
    }

    private static boolean hasDefaultRoute(Path table, int destinationColumn, String anyDestination) {
        return lines(table).stream().skip(1).map(l -> l.trim().split("\\s+"))
                .anyMatch(f -> f.length > destinationColumn && f[destinationColumn].equals(anyDestination) && !f[0].equals("lo"));
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the routing table " + file, e);
        }
    }

    private static boolean hasInterfaceUp() {
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (nic.isUp() && !nic.isLoopback() && nic.getInetAddresses().hasMoreElements()) {
                    return true;
                }
            }
            return false;
        } catch (SocketException e) {
            // Cannot tell: assume online, so real failures are reported as such.
            return true;
        }
    }
}
