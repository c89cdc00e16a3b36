package ch.mailbench.core.discovery;

import ch.mailbench.core.probe.SocketRegistry;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The sockets of one discovery run. Host names resolve through the configured DNS server when
 * there is one (and through the system otherwise); every socket is registered, so cancelling or
 * reaching the run's deadline closes them all and no blocked read outlives the run.
 */
final class Connections implements Closeable {

    private final Dns dns;
    private final SocketRegistry sockets = new SocketRegistry();

    Connections(Dns dns) {
        this.dns = dns;
    }

    /** The addresses of {@code host}: literal, through the configured resolver, or the system's (hosts file included). */
    List<InetAddress> resolve(String host) throws IOException {
        if (host.matches("[0-9.]+") || host.contains(":")) {
            return List.of(InetAddress.getByName(host));
        }
        if (dns.configured()) {
            List<InetAddress> addresses = dns.addresses(host);
            if (addresses.isEmpty()) {
                throw new UnknownHostException(host + " has no address");
            }
            return addresses;
        }
        return List.of(InetAddress.getAllByName(host));
    }

    /** A plain connection to {@code host}'s first answering address, before {@code deadline}. */
    Socket connect(String host, int port, Instant deadline) throws IOException {
        IOException last = new UnknownHostException(host);
        for (InetAddress address : resolve(host)) {
            Socket socket = register(new Socket());
            try {
                socket.connect(new InetSocketAddress(address, port), remainingMillis(deadline));
                socket.setSoTimeout(remainingMillis(deadline));
                return socket;
            } catch (IOException e) {
                release(socket);
                last = e;
            }
        }
        throw last;
    }

    <S extends Socket> S register(S socket) throws IOException {
        return sockets.register(socket);
    }

    void release(Socket socket) {
        sockets.release(socket);
    }

    /** Closes every open socket; later connections are refused. Any thread. */
    @Override
    public void close() {
        sockets.closeAll("discovery was stopped");
    }

    static int remainingMillis(Instant deadline) throws IOException {
        long millis = Duration.between(Instant.now(), deadline).toMillis();
        if (millis <= 0) {
            throw new java.net.SocketTimeoutException("no answer in time");
        }
        return (int) Math.min(Integer.MAX_VALUE, millis);
    }
}
