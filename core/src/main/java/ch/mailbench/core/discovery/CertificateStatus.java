package ch.mailbench.core.discovery;

/** What discovery learned of a candidate's certificate by connecting to it (no login). */
public enum CertificateStatus {
    /** Issued by a trusted authority for this host name, and in date. */
    VALID,
    /** Not issued by an authority Mailbench trusts (self-signed, private CA). */
    UNTRUSTED,
    /** Trusted, but for another host name. */
    HOSTNAME_MISMATCH,
    EXPIRED,
    /** The candidate is not encrypted at all. */
    NOT_ENCRYPTED,
    /** The server did not answer, or was not contacted. */
    NOT_CHECKED
}
