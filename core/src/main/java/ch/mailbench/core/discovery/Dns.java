package ch.mailbench.core.discovery;

import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.ExtendedResolver;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.SRVRecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * MX, SRV and address lookups with dnsjava, through the configured resolver or the system's, each
 * query bounded by the timeout. No cache: a technician re-running discovery wants today's answer.
 */
final class Dns {

    /** An MX record: lower preference is tried first. */
    record Mx(int preference, String host) { }

    /** An SRV record; {@code notOffered} when the target is "." (RFC 2782: the service is decidedly not available). */
    record Srv(int priority, int weight, String target, int port) {
        boolean notOffered() {
            return target.isEmpty() || target.equals(".");
        }
    }

    /**
     * Thrown when the resolver did not answer in time or answered with an error other than "no such
     * name"; {@link #reason()} says so for the technician, in any language.
     */
    static final class DnsFailure extends IOException {
        private static final long serialVersionUID = 1L;

        private final transient Evidence reason;

        DnsFailure(Evidence reason, Throwable cause) {
            super(reason.toString(), cause);
            this.reason = reason;
        }

        Evidence reason() {
            return reason;
        }
    }

    private final Resolver resolver;
    private final Optional<InetSocketAddress> server;

    Dns(Optional<InetSocketAddress> server, Duration timeout) {
        this.server = server;
        if (server.isPresent()) {
            SimpleResolver simple = new SimpleResolver(server.get());
            simple.setTimeout(timeout);
            this.resolver = simple;
        } else {
            ExtendedResolver extended = new ExtendedResolver();
            extended.setTimeout(timeout);
            extended.setRetries(1);
            this.resolver = extended;
        }
    }

    boolean configured() {
        return server.isPresent();
    }

    /** The MX hosts, lowest preference first; empty when the domain has none. */
    List<Mx> mx(String domain) throws DnsFailure {
        List<Mx> records = new ArrayList<>();
        for (Record record : query(domain, Type.MX)) {
            if (record instanceof MXRecord mx) {
                records.add(new Mx(mx.getPriority(), strip(mx.getTarget())));
            }
        }
        records.sort(Comparator.comparingInt(Mx::preference));
        return records;
    }

    /** The SRV records of {@code name}, by priority then weight (highest weight first). */
    List<Srv> srv(String name) throws DnsFailure {
        List<Srv> records = new ArrayList<>();
        for (Record record : query(name, Type.SRV)) {
            if (record instanceof SRVRecord srv) {
                records.add(new Srv(srv.getPriority(), srv.getWeight(), strip(srv.getTarget()), srv.getPort()));
            }
        }
        records.sort(Comparator.comparingInt(Srv::priority).thenComparing(Comparator.comparingInt(Srv::weight).reversed()));
        return records;
    }

    /** The IPv4 addresses of {@code host}, else its IPv6 ones. */
    List<InetAddress> addresses(String host) throws DnsFailure {
        List<InetAddress> addresses = new ArrayList<>();
        for (Record record : query(host, Type.A)) {
            if (record instanceof ARecord a) {
                addresses.add(a.getAddress());
            }
        }
        if (addresses.isEmpty()) {
            for (Record record : query(host, Type.AAAA)) {
                if (record instanceof AAAARecord aaaa) {
                    addresses.add(aaaa.getAddress());
                }
            }
        }
        return addresses;
    }

    private List<Record> query(String name, int type) throws DnsFailure {
        Name absolute;
        try {
            absolute = Name.fromString(name.endsWith(".") ? name : name + ".");
        } catch (TextParseException e) {
            throw new DnsFailure(Evidence.of(Evidence.Kind.DNS_BAD_NAME, name), e);
        }
        Message response;
        try {
            response = resolver.send(Message.newQuery(Record.newRecord(absolute, type, DClass.IN)));
        } catch (IOException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new DnsFailure(Evidence.of(Evidence.Kind.DNS_NO_ANSWER, Type.string(type), name, reason), e);
        }
        int rcode = response.getRcode();
        if (rcode == Rcode.NXDOMAIN) {
            return List.of();
        }
        if (rcode != Rcode.NOERROR) {
            throw new DnsFailure(Evidence.of(Evidence.Kind.DNS_ERROR, Rcode.string(rcode), Type.string(type), name), null);
        }
        return response.getSection(Section.ANSWER);
    }

    /** "mx01.mail.icloud.com." as people write it; "." stays "." (an SRV "not offered" target). */
    private static String strip(Name name) {
        String text = name.toString();
        return text.length() > 1 && text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
