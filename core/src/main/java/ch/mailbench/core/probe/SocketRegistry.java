package ch.mailbench.core.probe;

import java.io.IOException;
import java.net.Socket;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The sockets a piece of work opened (one login attempt, one discovery run). Closing them from
 * another thread is what makes cancellation and an overall deadline prompt: a blocked read fails
 * at once, and a socket registered after that is closed at once. Thread-safe.
 */
public final class SocketRegistry {

    private final Set<Socket> sockets = new LinkedHashSet<>();
    private boolean closed;
    private String closeReason = "";

    /** Keeps {@code socket} to close later; once closed, closes it and refuses it with the reason given then. */
    public <S extends Socket> S register(S socket) throws IOException {
        synchronized (this) {
            if (!closed) {
                sockets.add(socket);
                return socket;
            }
        }
        socket.close();
        throw new IOException(closeReason);
    }

    /** Closes {@code socket} now and forgets it (a finished probe frees its place). */
    public void release(Socket socket) {
        synchronized (this) {
            sockets.remove(socket);
        }
        closeQuietly(socket);
    }

    /** Closes every socket, now and any registered later, which then fails with {@code reason}. Any thread. */
    public void closeAll(String reason) {
        List<Socket> toClose;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            closeReason = reason;
            toClose = new ArrayList<>(sockets);
        }
        toClose.forEach(SocketRegistry::closeQuietly);
    }

    /** Every socket registered and not released, closed or not (a login attempt reads their certificates after it). */
    public synchronized List<Socket> sockets() {
        return List.copyOf(sockets);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // Closing is how the work is stopped; a socket already broken is exactly what closing wanted.
        }
    }
}
