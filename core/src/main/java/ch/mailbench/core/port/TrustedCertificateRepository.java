package ch.mailbench.core.port;

import ch.mailbench.core.model.HostName;
import ch.mailbench.core.model.TrustedCertificate;

import java.time.Instant;
import java.util.List;

/**
 * The certificates technicians accepted per host. Revoking keeps the record of the decision
 * but stops trusting the certificate.
 */
public interface TrustedCertificateRepository {

    /** Records the acceptance; accepting the same certificate for the same host again changes nothing. */
    TrustedCertificate trust(TrustedCertificate certificate);

    /** Stops trusting it from {@code at} on. */
    void revoke(long id, Instant at);

    /** The certificates currently trusted for {@code host}. */
    List<TrustedCertificate> activeFor(HostName host);

    /** Every certificate currently trusted, sorted by host. */
    List<TrustedCertificate> allActive();

    /**
     * No accepted certificate, and none can be accepted: where there is no database to keep the
     * decision (discovery before a database exists).
     */
    static TrustedCertificateRepository none() {
        return new TrustedCertificateRepository() {
            @Override
            public TrustedCertificate trust(TrustedCertificate certificate) {
                throw new IllegalStateException("Accepting a certificate needs a database");
            }

            @Override
            public void revoke(long id, Instant at) {
                throw new IllegalStateException("Revoking a certificate needs a database");
            }

            @Override
            public List<TrustedCertificate> activeFor(HostName host) {
                return List.of();
            }

            @Override
            public List<TrustedCertificate> allActive() {
                return List.of();
            }
        };
    }
}
