package ch.mailbench.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A server certificate the technician explicitly accepted for one host after seeing its
 * fingerprint and validity. It is trusted for that host only, and only while not revoked.
 */
public record TrustedCertificate(long id, HostName host, CertificateInfo certificate, Instant acceptedAt) {

    public TrustedCertificate {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(acceptedAt, "acceptedAt");
    }

    public static TrustedCertificate accept(HostName host, CertificateInfo certificate, Instant at) {
        return new TrustedCertificate(0, host, certificate, at);
    }

    public String fingerprint() {
        return certificate.sha256Fingerprint();
    }
}
