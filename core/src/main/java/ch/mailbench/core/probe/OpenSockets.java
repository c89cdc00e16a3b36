package ch.mailbench.core.probe;

import java.io.IOException;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * The sockets one login attempt opened. Closing them from another thread is what makes
 * cancellation and the overall deadline prompt: a blocked read fails at once.
 */
final class OpenSockets {

    private final List<Socket> sockets = new ArrayList<>();
    private boolean closed;
    private String closeReason = "";

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
}
