package ch.mailbench.core.probe.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ServerSocketFactory;

import ch.mailbench.core.probe.testing.TestPki.Leaf;

/**
 * Misbehaving mail servers on loopback, one per failure class: a tarpit that accepts and never
 * speaks, a minimal IMAP server in plain text or over TLS with any test certificate, and a TLS
 * server that only handshakes. Everything received is kept, so a test can prove what was never sent.
 */
public final class FakeServer implements AutoCloseable {

    /** What the server does with a connection. */
    public enum Behaviour { TARPIT, IMAP, TLS_SILENT, FLOOD, FLOOD_LINES }

    private final ServerSocket socket;
    private final Behaviour behaviour;
    private final StringBuffer received = new StringBuffer();
    private final AtomicInteger connections = new AtomicInteger();
    private final List<Socket> clients = new ArrayList<>();
    private final Thread acceptor;

    private FakeServer(ServerSocket socket, Behaviour behaviour) {
        this.socket = socket;
        this.behaviour = behaviour;
        this.acceptor = new Thread(this::accept, "fake-" + behaviour.name().toLowerCase(Locale.ROOT));
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Accepts connections and never says a word. */
    public static FakeServer tarpit() {
        return new FakeServer(bind(ServerSocketFactory.getDefault()), Behaviour.TARPIT);
    }

    /** A plain-text IMAP server that accepts any login. */
    public static FakeServer plainImap() {
        return new FakeServer(bind(ServerSocketFactory.getDefault()), Behaviour.IMAP);
    }

    /** An IMAP server over implicit TLS with the given certificate, accepting any login. */
    public static FakeServer tlsImap(Leaf leaf) {
        return new FakeServer(bind(TestPki.get().serverSocketFactory(leaf)), Behaviour.IMAP);
    }

    /** A TLS server that completes handshakes and then waits, like a port 993 reached without TLS. */
    public static FakeServer tlsSilent(Leaf leaf) {
        return new FakeServer(bind(TestPki.get().serverSocketFactory(leaf)), Behaviour.TLS_SILENT);
    }

    /** Sends 10 MB without a line end as soon as a client connects: no mail protocol at all. */
    public static FakeServer flood() {
        return new FakeServer(bind(ServerSocketFactory.getDefault()), Behaviour.FLOOD);
    }

    /** Over implicit TLS, greets like IMAP, then sends 10 MB of short untagged lines that never end the answer. */
    public static FakeServer floodLinesOverTls(Leaf leaf) {
        return new FakeServer(bind(TestPki.get().serverSocketFactory(leaf)), Behaviour.FLOOD_LINES);
    }

    /** A loopback port where nothing listens (bound, then released). */
    public static int closedPort() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return socket.getLocalPort();
    }

    public String received() {
        return received.toString();
    }

    public int connections() {
        return connections.get();
    }

    private static ServerSocket bind(ServerSocketFactory factory) {
        try {
            return factory.createServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                connections.incrementAndGet();
                synchronized (clients) {
                    clients.add(client);
                }
                Thread handler = new Thread(() -> serve(client), "fake-client");
                handler.setDaemon(true);
                handler.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            switch (behaviour) {
                case TARPIT -> drain(client);
                case TLS_SILENT -> {
                    ((javax.net.ssl.SSLSocket) client).startHandshake();
                    drain(client);
                }
                case IMAP -> imap(client);
                case FLOOD -> flood(client, "x".repeat(1024).getBytes(StandardCharsets.US_ASCII));
                case FLOOD_LINES -> {
                    send(client.getOutputStream(), "* OK Flood ready");
                    flood(client, ("* " + "y".repeat(100) + "\r\n").repeat(10).getBytes(StandardCharsets.US_ASCII));
                }
            }
        } catch (IOException e) {
            // The client went away or the test closed the server.
        }
    }

    /** Writes {@code chunk} until 10 MB are out or the client hangs up. */
    private static void flood(Socket client, byte[] chunk) throws IOException {
        OutputStream out = client.getOutputStream();
        for (long sent = 0; sent < 10L * 1024 * 1024; sent += chunk.length) {
            out.write(chunk);
        }
        out.flush();
    }

    private void drain(Socket client) throws IOException {
        byte[] buffer = new byte[1024];
        int read;
        while ((read = client.getInputStream().read(buffer)) >= 0) {
            received.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
        }
    }

    private void imap(Socket client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
        OutputStream out = client.getOutputStream();
        send(out, "* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] Fake IMAP ready");
        String line;
        while ((line = in.readLine()) != null) {
            received.append(line).append('\n');
            String[] words = line.split(" ", 3);
            String tag = words[0];
            String command = words.length > 1 ? words[1].toUpperCase(Locale.ROOT) : "";
            switch (command) {
                case "CAPABILITY" -> {
                    send(out, "* CAPABILITY IMAP4rev1 AUTH=PLAIN");
                    send(out, tag + " OK CAPABILITY completed");
                }
                case "AUTHENTICATE" -> {
                    send(out, "+ ");
                    String response = in.readLine();
                    received.append(new String(Base64.getDecoder().decode(response.strip()), StandardCharsets.UTF_8)).append('\n');
                    send(out, tag + " OK AUTHENTICATE completed");
                }
                case "LOGOUT" -> {
                    send(out, "* BYE bye");
                    send(out, tag + " OK LOGOUT completed");
                    return;
                }
                default -> send(out, tag + " OK " + command + " completed");
            }
        }
    }

    private static void send(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (SocketException e) {
            // closing anyway
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        synchronized (clients) {
            for (Socket client : clients) {
                try {
                    client.close();
                } catch (IOException e) {
                    // closing anyway
                }
            }
        }
    }
}
