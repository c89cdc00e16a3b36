package ch.mailbench.core.discovery.loopback;

import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SRVRecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.TextParseException;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A tiny authoritative DNS server on a loopback UDP port, built on dnsjava's {@link Message}: it
 * answers A, MX and SRV questions from records added in code, "no such name" for the rest, and
 * never answers questions under a silent zone (so a resolver waits for its timeout). Serves the
 * discovery benchmark and the tests; it binds to loopback only.
 */
public final class LoopbackDns implements AutoCloseable {

    private static final long TTL = 60;

    private final DatagramSocket socket;
    private final List<Record> records = new CopyOnWriteArrayList<>();
    private final List<String> silentZones = new CopyOnWriteArrayList<>();
    private final Thread thread;

    public LoopbackDns() throws SocketException {
        socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        thread = new Thread(this::serve, "loopback-dns");
        thread.setDaemon(true);
        thread.start();
    }

    public InetSocketAddress address() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    public LoopbackDns a(String host, String ipv4) {
        try {
            records.add(new ARecord(name(host), DClass.IN, TTL, InetAddress.getByName(ipv4)));
        } catch (IOException e) {
            throw new IllegalArgumentException("Not an IPv4 address: " + ipv4, e);
        }
        return this;
    }

    public LoopbackDns mx(String domain, int preference, String host) {
        records.add(new MXRecord(name(domain), DClass.IN, TTL, preference, name(host)));
        return this;
    }

    /** An SRV record; a target of "." says the service is not offered. */
    public LoopbackDns srv(String service, int priority, int weight, int port, String target) {
        records.add(new SRVRecord(name(service), DClass.IN, TTL, priority, weight, port, target.equals(".") ? Name.root : name(target)));
        return this;
    }

    /** Questions for this name or anything under it get no answer at all. */
    public LoopbackDns silent(String zone) {
        silentZones.add(zone.toLowerCase(Locale.ROOT));
        return this;
    }

    private static Name name(String text) {
        try {
            return Name.fromString(text.endsWith(".") ? text : text + ".");
        } catch (TextParseException e) {
            throw new IllegalArgumentException("Not a DNS name: " + text, e);
        }
    }

    private void serve() {
        byte[] buffer = new byte[1500];
        while (!socket.isClosed()) {
            try {
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                socket.receive(packet);
                Message query = new Message(java.util.Arrays.copyOf(packet.getData(), packet.getLength()));
                byte[] answer = answer(query);
                if (answer != null) {
                    socket.send(new DatagramPacket(answer, answer.length, packet.getSocketAddress()));
                }
            } catch (IOException e) {
                if (socket.isClosed()) {
                    return;
                }
                // A malformed question is dropped; the next one is served.
            }
        }
    }

    private byte[] answer(Message query) {
        Record question = query.getQuestion();
        if (question == null) {
            return null;
        }
        String asked = question.getName().toString(true).toLowerCase(Locale.ROOT);
        for (String zone : silentZones) {
            if (asked.equals(zone) || asked.endsWith("." + zone)) {
                return null;
            }
        }
        Message response = new Message(query.getHeader().getID());
        response.getHeader().setFlag(Flags.QR);
        response.getHeader().setFlag(Flags.AA);
        response.addRecord(question, Section.QUESTION);
        List<Record> matching = new ArrayList<>();
        boolean nameExists = false;
        for (Record record : records) {
            if (record.getName().equals(question.getName())) {
                nameExists = true;
                if (record.getType() == question.getType()) {
                    matching.add(record);
                }
            }
        }
        matching.forEach(r -> response.addRecord(r, Section.ANSWER));
        if (!nameExists) {
            response.getHeader().setRcode(Rcode.NXDOMAIN);
        }
        return response.toWire();
    }

    @Override
    public void close() {
        socket.close();
    }
}
