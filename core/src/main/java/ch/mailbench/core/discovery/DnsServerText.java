package ch.mailbench.core.discovery;

import ch.mailbench.core.model.HostName;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/**
 * A DNS server as technicians write it: {@code HOST:PORT} or a bare host (port 53), where the host
 * is a name, an IPv4 address, or an IPv6 address — bare ({@code ::1}, port 53) or in brackets when
 * a port follows ({@code [::1]:5353}). Reading it looks nothing up, so it may run on the EDT.
 */
record DnsServerText(String host, int port) {

    static final int DEFAULT_PORT = 53;

    /** @throws IllegalArgumentException saying what is wrong and how to write it */
    static DnsServerText parse(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("The DNS server is empty: give HOST:PORT, e.g. 127.0.0.1:5353 or [::1]:5353");
        }
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("The DNS server \"" + value + "\" opens [ without closing it: write [IPv6]:PORT, e.g. [::1]:5353");
            }
            String rest = value.substring(close + 1);
            if (!rest.isEmpty() && !rest.startsWith(":")) {
                throw new IllegalArgumentException("After the ] of \"" + value + "\" only :PORT may follow, e.g. [::1]:5353");
            }
            return new DnsServerText(ipv6(value.substring(1, close)), rest.isEmpty() ? DEFAULT_PORT : port(rest.substring(1)));
        }
        int colon = value.indexOf(':');
        if (colon != value.lastIndexOf(':')) {
            return new DnsServerText(ipv6(value), DEFAULT_PORT); // several colons: a bare IPv6 address
        }
        String host = colon < 0 ? value : value.substring(0, colon);
        int port = colon < 0 ? DEFAULT_PORT : port(value.substring(colon + 1));
        if (host.matches("[0-9.]+")) {
            String[] parts = host.split("\\.", -1);
            boolean valid = parts.length == 4;
            for (String part : parts) {
                valid &= part.matches("[0-9]{1,3}") && Integer.parseInt(part) <= 255;
            }
            if (!valid) {
                throw new IllegalArgumentException("\"" + host + "\" is not an IPv4 address");
            }
        } else {
            HostName.of(host);
        }
        return new DnsServerText(host, port);
    }

    /** The server's socket address; a host name is resolved here (by the system), so not on the EDT. */
    InetSocketAddress address() {
        return new InetSocketAddress(host, port);
    }

    private static int port(String text) {
        if (!text.matches("[0-9]{1,5}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > 65535) {
            throw new IllegalArgumentException("The DNS server port must be a number between 1 and 65535, not \"" + text + "\"");
        }
        return Integer.parseInt(text);
    }

    /** Checks an IPv6 literal; with a colon in it the JDK parses it as a literal and never asks DNS. */
    private static String ipv6(String text) {
        if (text.isEmpty() || !text.contains(":") || !text.matches("[0-9A-Za-z:.%]+")) {
            throw new IllegalArgumentException("\"" + text + "\" is not an IPv6 address; with a port write [IPv6]:PORT, e.g. [::1]:5353");
        }
        try {
            InetAddress.getByName(text);
            return text;
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not an IPv6 address; with a port write [IPv6]:PORT, e.g. [::1]:5353", e);
        }
    }
}
