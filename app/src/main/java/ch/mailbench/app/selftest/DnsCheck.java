package ch.mailbench.app.selftest;

import javax.naming.Context;
import javax.naming.directory.Attribute;
import javax.naming.directory.InitialDirContext;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.util.Hashtable;
import java.util.concurrent.CompletableFuture;

/**
 * Name resolution without the internet: {@code localhost} through the system resolver, and an A
 * record through the JDK's DNS client ({@code jdk.naming.dns}) from a tiny DNS server in this
 * process on loopback, which answers every question with 127.0.0.53.
 */
public final class DnsCheck implements SelfCheck {

    private static final String NAME = "selftest.mailbench.invalid";

    @Override
    public String name() {
        return "DNS";
    }

    @Override
    public String run() throws Exception {
        InetAddress localhost = InetAddress.getByName("localhost");
        if (!localhost.isLoopbackAddress()) {
            throw new IOException("localhost resolved to " + localhost.getHostAddress() + ", not a loopback address");
        }
        try (DatagramSocket server = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            CompletableFuture.runAsync(() -> answerAll(server));
            Hashtable<String, String> environment = new Hashtable<>();
            environment.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.dns.DnsContextFactory");
            environment.put(Context.PROVIDER_URL, "dns://127.0.0.1:" + server.getLocalPort());
            environment.put("com.sun.jndi.dns.timeout.initial", "2000");
            environment.put("com.sun.jndi.dns.timeout.retries", "2");
            InitialDirContext context = new InitialDirContext(environment);
            try {
                Attribute a = context.getAttributes(NAME, new String[] {"A"}).get("A");
                if (a == null || !"127.0.0.53".equals(a.get())) {
                    throw new IOException("the loopback DNS server's answer was not understood: " + a);
                }
            } finally {
                context.close();
            }
        }
        return "localhost is " + localhost.getHostAddress() + "; " + NAME + " A 127.0.0.53 from a DNS server on 127.0.0.1";
    }

    /** Answers until the socket is closed. */
    private static void answerAll(DatagramSocket server) {
        byte[] buffer = new byte[512];
        while (!server.isClosed()) {
            DatagramPacket query = new DatagramPacket(buffer, buffer.length);
            try {
                server.receive(query);
                byte[] answer = answer(query.getData(), query.getLength());
                server.send(new DatagramPacket(answer, answer.length, query.getSocketAddress()));
            } catch (SocketException closed) {
                return;
            } catch (IOException | RuntimeException e) {
                // A malformed question is left unanswered; the client then reports the failure.
            }
        }
    }

    /** The question copied back with one A record pointing at it (RFC 1035 message format). */
    private static byte[] answer(byte[] query, int length) {
        int questionEnd = 12;
        while (query[questionEnd] != 0) {
            questionEnd += (query[questionEnd] & 0xff) + 1;
        }
        questionEnd += 5;
        ByteBuffer out = ByteBuffer.allocate(questionEnd + 16);
        out.put(query, 0, 2);
        out.putShort((short) 0x8180);
        out.putShort((short) 1).putShort((short) 1).putShort((short) 0).putShort((short) 0);
        out.put(query, 12, Math.min(questionEnd, length) - 12);
        out.putShort((short) 0xc00c).putShort((short) 1).putShort((short) 1).putInt(60).putShort((short) 4);
        out.put(new byte[] {127, 0, 0, 53});
        return out.array();
    }
}
