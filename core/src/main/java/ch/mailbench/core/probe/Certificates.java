package ch.mailbench.core.probe;

import ch.mailbench.core.model.CertificateInfo;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;

/** What a technician sees of a certificate: names, validity and the SHA-256 fingerprint. */
public final class Certificates {

    private Certificates() {
    }

    public static CertificateInfo describe(X509Certificate certificate) {
        return new CertificateInfo(certificate.getSubjectX500Principal().getName(),
                certificate.getIssuerX500Principal().getName(),
                certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant(),
                sha256(certificate));
    }

    /** Upper-case hex pairs separated by colons, as browsers and {@code openssl} show it. */
    public static String sha256(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("Cannot fingerprint a certificate: " + e.getMessage(), e);
        }
    }

    /** Compares fingerprints however they were typed or stored (case, colons, spaces). */
    static boolean sameFingerprint(String a, String b) {
        return normalise(a).equals(normalise(b));
    }

    private static String normalise(String fingerprint) {
        return fingerprint.replaceAll("[^0-9A-Fa-f]", "").toUpperCase(Locale.ROOT);
    }
}
