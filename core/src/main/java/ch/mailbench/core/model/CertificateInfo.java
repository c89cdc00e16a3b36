package ch.mailbench.core.model;

import java.time.Instant;
import java.util.Objects;

/** What a technician needs to judge a server certificate before trusting it. */
public record CertificateInfo(String subject, String issuer, Instant notBefore, Instant notAfter, String sha256Fingerprint) {

    public CertificateInfo {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(notAfter, "notAfter");
        Objects.requireNonNull(sha256Fingerprint, "sha256Fingerprint");
    }
}
