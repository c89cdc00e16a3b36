package ch.mailbench.core.probe;

import java.io.IOException;
import java.net.Socket;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.security.cert.X509Certificate;

/**
 * The sockets one login attempt opened (closed together from another thread for cancellation and
 * the overall deadline, see {@link SocketRegistry}), and what its TLS handshakes and reads showed.
 */
final class OpenSockets {

    private final SocketRegistry sockets = new SocketRegistry();
    private long overflowBytes = -1;
    private X509Certificate peer;
    private String tlsProtocol = "";
    private String cipherSuite = "";

    <S extends Socket> S register(S socket) throws IOException {
        return sockets.register(socket);
    }

    /** Closes every socket, now and any opened later. */
    void closeAll(String reason) {
        sockets.closeAll("Connection closed: " + reason);
    }

    /** A connection of this attempt received {@code bytes} bytes, more than any mail answer needs. */
    synchronized void overflowed(long bytes) {
        overflowBytes = Math.max(overflowBytes, bytes);
    }

    synchronized OptionalLong overflow() {
        return overflowBytes < 0 ? OptionalLong.empty() : OptionalLong.of(overflowBytes);
    }

    /** The server certificate of a completed handshake (also a resumed one, where no trust check runs). */
    synchronized void handshakeCompleted(X509Certificate certificate, String protocol, String suite) {
        peer = certificate;
        tlsProtocol = protocol;
        cipherSuite = suite;
    }

    /** "TLSv1.3 TLS_AES_256_GCM_SHA384" of the last completed handshake; empty when none completed. */
    synchronized String tlsSession() {
        return peer == null ? "" : (tlsProtocol + " " + cipherSuite).strip();
    }

    synchronized Optional<X509Certificate> peer() {
        return Optional.ofNullable(peer);
    }

    List<Socket> sockets() {
        return sockets.sockets();
    }
}
