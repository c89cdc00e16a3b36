package ch.mailbench.core.model;

import java.net.IDN;
import java.util.regex.Pattern;

/** A server name such as {@code mail.infomaniak.com}, or an IPv4 address. Stored in ASCII. */
public record HostName(String ascii) implements Comparable<HostName> {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

    public HostName {
        String candidate = ascii == null ? null : ascii.strip();
        if (candidate != null && IPV4.matcher(candidate).matches()) {
            for (String part : candidate.split("\\.")) {
                if (Integer.parseInt(part) > 255) {
                    throw new IllegalArgumentException("The server address \"" + candidate + "\" has a number above 255");
                }
            }
            ascii = candidate;
        } else {
            ascii = DomainName.toAscii(ascii, "server name");
        }
    }

    public static HostName of(String text) {
        return new HostName(text);
    }

    public String unicode() {
        return IDN.toUnicode(ascii, IDN.ALLOW_UNASSIGNED);
    }

    @Override
    public String toString() {
        return unicode();
    }

    @Override
    public int compareTo(HostName other) {
        return ascii.compareTo(other.ascii);
    }
}
