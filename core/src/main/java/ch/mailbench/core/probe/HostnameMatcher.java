package ch.mailbench.core.probe;

import java.net.IDN;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * RFC 6125 host name check of a server certificate: subject alternative names (DNS and IP),
 * a wildcard only as the whole left-most label, and the subject CN only when the certificate
 * has no DNS names at all (as the JDK does).
 */
final class HostnameMatcher {

    private static final int SAN_DNS = 2;
    private static final int SAN_IP = 7;
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private HostnameMatcher() {
    }

    static boolean matches(X509Certificate certificate, String host) {
        String wanted = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        boolean ip = IPV4.matcher(wanted).matches() || wanted.contains(":");
        Collection<List<?>> alternatives = alternativeNames(certificate);
        boolean anyDns = false;
        for (List<?> entry : alternatives) {
            int type = (Integer) entry.get(0);
            String value = String.valueOf(entry.get(1)).toLowerCase(Locale.ROOT);
            if (type == SAN_IP && ip && value.equals(wanted)) {
                return true;
            }
            if (type == SAN_DNS) {
                anyDns = true;
                if (!ip && dnsMatches(value, wanted)) {
                    return true;
                }
            }
        }
        if (!anyDns && !ip) {
            return commonNames(certificate).stream().anyMatch(cn -> dnsMatches(cn.toLowerCase(Locale.ROOT), wanted));
        }
        return false;
    }

    /** The names a certificate is for, to tell the technician "it is for X, not Y". */
    static List<String> namesOf(X509Certificate certificate) {
        List<String> names = new ArrayList<>();
        for (List<?> entry : alternativeNames(certificate)) {
            int type = (Integer) entry.get(0);
            if (type == SAN_DNS || type == SAN_IP) {
                names.add(String.valueOf(entry.get(1)));
            }
        }
        if (names.isEmpty()) {
            names.addAll(commonNames(certificate));
        }
        return names;
    }

    private static boolean dnsMatches(String pattern, String host) {
        String trimmed = pattern.endsWith(".") ? pattern.substring(0, pattern.length() - 1) : pattern;
        if (trimmed.startsWith("*.")) {
            String suffix = trimmed.substring(1);
            int firstDot = host.indexOf('.');
            // "*.example.com" covers "mail.example.com", never "example.com" or "a.b.example.com",
            // and never a bare public suffix such as "*.ch".
            return firstDot > 0 && host.substring(firstDot).equals(suffix) && suffix.indexOf('.', 1) > 0;
        }
        return trimmed.equals(host);
    }

    private static Collection<List<?>> alternativeNames(X509Certificate certificate) {
        try {
            Collection<List<?>> names = certificate.getSubjectAlternativeNames();
            return names == null ? List.of() : names;
        } catch (CertificateParsingException e) {
            return List.of();
        }
    }

    private static List<String> commonNames(X509Certificate certificate) {
        List<String> names = new ArrayList<>();
        try {
            for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    names.add(String.valueOf(rdn.getValue()));
                }
            }
        } catch (InvalidNameException e) {
            return List.of();
        }
        return names;
    }
}
