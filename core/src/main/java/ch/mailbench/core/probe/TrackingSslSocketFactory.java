package ch.mailbench.core.probe;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * TLS sockets for one attempt: the attempt's own trust decision (never the JVM-wide one) and
 * every socket registered with its {@link OpenSockets}, including those layered by STARTTLS.
 */
final class TrackingSslSocketFactory extends SSLSocketFactory {

    private final SSLSocketFactory delegate;
    private final OpenSockets open;
    private final String serverName;

    /** @param serverName the name TLS is layered with (SNI), also when the socket was connected to an address */
    TrackingSslSocketFactory(SSLSocketFactory delegate, OpenSockets open, String serverName) {
        this.delegate = delegate;
        this.open = open;
        this.serverName = serverName;
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
        return open.register(watched(delegate.createSocket()));
    }

    @Override
    public Socket createSocket(Socket socket, String host, int port, boolean autoClose) throws IOException {
        // Jakarta Mail layers implicit TLS over a plain socket of its own: bound what comes through it too.
        Socket bounded = socket instanceof BoundedSocket ? socket : new BoundedSocket(socket, open);
        return open.register(watched(delegate.createSocket(bounded, serverName, port, autoClose)));
    }

    /** Keeps the peer certificate of every completed handshake; a resumed session runs no trust check. */
    private Socket watched(Socket socket) {
        if (socket instanceof SSLSocket ssl) {
            ssl.addHandshakeCompletedListener(event -> {
                try {
                    if (event.getPeerCertificates().length > 0 && event.getPeerCertificates()[0] instanceof X509Certificate leaf) {
                        open.handshakeCompleted(leaf, event.getSession().getProtocol(), event.getCipherSuite());
                    }
                } catch (SSLPeerUnverifiedException e) {
                    // No certificate to keep: the attempt reports none.
                }
            });
        }
        return socket;
    }

    // The four overloads below look alike on purpose: SSLSocketFactory is an abstract class, and
    // Jakarta Mail may call any of them, so each one registers and watches its socket.
    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return open.register(watched(delegate.createSocket(host, port)));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return open.register(watched(delegate.createSocket(host, port, localHost, localPort)));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return open.register(watched(delegate.createSocket(host, port)));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        return open.register(watched(delegate.createSocket(address, port, localAddress, localPort)));
    }
}
