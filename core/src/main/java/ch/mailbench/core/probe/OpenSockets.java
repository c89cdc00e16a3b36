package ch.mailbench.core.probe;

import java.io.IOException;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.security.cert.X509Certificate;

/**
 * The sockets one login attempt opened. Closing them from another thread is what makes
 * cancellation and the overall deadline prompt: a blocked read fails at once.
 */
final class OpenSockets {

    private final List<Socket> sockets = new ArrayList<>();
    private boolean closed;
    private String closeReason = "";
    private long overflowBytes = -1;
    private X509Certificate peer;
    private String tlsProtocol = "";
    private String cipherSuite = "";

    <S extends Socket> S register(S socket) throws IOException {
        synchronized (this) {
            if (!closed) {
                sockets.add(socket);
                return socket;
            }
        }
        socket.close();
        throw new IOException("Connection closed: " + closeReason);
    }

    /** Closes every socket, now and any opened later. */
    void closeAll(String reason) {
        List<Socket> toClose;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            closeReason = reason;
            toClose = new ArrayList<>(sockets);
        }
        for (Socket socket : toClose) {
            try {
                socket.close();
            } catch (IOException e) {
                // Already broken: exactly what closing wanted.
            }
        }
    }

    synchronized boolean isClosed() {
        return closed;
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

    synchronized List<Socket> sockets() {
        return List.copyOf(sockets);
    }
}
