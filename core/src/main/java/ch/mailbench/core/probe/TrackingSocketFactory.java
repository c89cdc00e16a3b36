package ch.mailbench.core.probe;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.SocketFactory;

/**
 * Plain sockets (before STARTTLS, or without TLS) registered with the attempt's {@link OpenSockets}
 * and bounded ({@link BoundedSocket}).
 */
final class TrackingSocketFactory extends SocketFactory {

    private final OpenSockets open;

    TrackingSocketFactory(OpenSockets open) {
        this.open = open;
    }

    @Override
    public Socket createSocket() throws IOException {
        return open.register(new BoundedSocket(new Socket(), open));
    }

    // The four overloads below look alike on purpose: SocketFactory is an abstract class, and
    // Jakarta Mail may call any of them, so each one registers its socket.
    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return open.register(new Socket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return open.register(new Socket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return open.register(new Socket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        return open.register(new Socket(address, port, localAddress, localPort));
    }
}
