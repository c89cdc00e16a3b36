package ch.mailbench.core.discovery;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The sockets of one discovery run. Host names resolve through the configured DNS server when
 * there is one (and through the system otherwise); every socket is registered, so cancelling or
 * reaching the run's deadline closes them all and no blocked read outlives the run.
 */
final class Connections implements Closeable {

    private final Dns dns;
    private final Set<Socket> open = new LinkedHashSet<>();
    private boolean closed;

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
                closeQuietly(socket);
                last = e;
            }
        }
        throw last;
    }

    <S extends Socket> S register(S socket) throws IOException {
        synchronized (this) {
            if (!closed) {
                open.add(socket);
                return socket;
            }
        }
        socket.close();
        throw new IOException("discovery was stopped");
    }

    void release(Socket socket) {
        synchronized (this) {
            open.remove(socket);
        }
        closeQuietly(socket);
    }

    /** Closes every open socket; later connections are refused. Any thread. */
    @Override
    public void close() {
        List<Socket> sockets;
        synchronized (this) {
            closed = true;
            sockets = new ArrayList<>(open);
            open.clear();
        }
        sockets.forEach(Connections::closeQuietly);
    }

    static int remainingMillis(Instant deadline) throws IOException {
        long millis = Duration.between(Instant.now(), deadline).toMillis();
        if (millis <= 0) {
            throw new java.net.SocketTimeoutException("no answer in time");
        }
        return (int) Math.min(Integer.MAX_VALUE, millis);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // Closing is how a probe is stopped; a failure to close leaves nothing to undo.
        }
    }
}
