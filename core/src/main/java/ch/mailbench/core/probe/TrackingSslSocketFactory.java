package ch.mailbench.core.probe;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.ssl.SSLSocketFactory;

/**
 * TLS sockets for one attempt: the attempt's own trust decision (never the JVM-wide one) and
 * every socket registered with its {@link OpenSockets}, including those layered by STARTTLS.
 */
final class TrackingSslSocketFactory extends SSLSocketFactory {

    private final SSLSocketFactory delegate;
    private final OpenSockets open;

    TrackingSslSocketFactory(SSLSocketFactory delegate, OpenSockets open) {
        this.delegate = delegate;
        this.open = open;
    }

    @Override
    public String[] getDefaultCipherSuites() {
        return delegate.getDefaultCipherSuites();
    }

    @Override
    public String[] getSupportedCipherSuites() {
        return delegate.getSupportedCipherSuites();
    }

    @Override
    public Socket createSocket() throws IOException {
        return open.register(delegate.createSocket());
    }

    @Override
    public Socket createSocket(Socket socket, String host, int port, boolean autoClose) throws IOException {
        return open.register(delegate.createSocket(socket, host, port, autoClose));
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return open.register(delegate.createSocket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return open.register(delegate.createSocket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return open.register(delegate.createSocket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        return open.register(delegate.createSocket(address, port, localAddress, localPort));
    }
}
