package ch.mailbench.core.history;

import ch.mailbench.core.history.HistoryEntry.Action;
import ch.mailbench.core.history.HistoryEntry.Target;
import ch.mailbench.core.model.HostName;
import ch.mailbench.core.model.TrustedCertificate;
import ch.mailbench.core.port.Store;
import ch.mailbench.core.port.TrustedCertificateRepository;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The accepted certificates, with every acceptance and revocation in the history (who trusted which
 * server's certificate, and when). The certificates live outside the {@link Store}'s transactions,
 * so the entry is written right after the change, in a transaction of its own. Off the EDT.
 */
public final class RecordingTrustedCertificates implements TrustedCertificateRepository {

    private final TrustedCertificateRepository certificates;
    private final Store store;

    /** @param store the recording store: its history gives the entry its author and time */
    public RecordingTrustedCertificates(TrustedCertificateRepository certificates, Store store) {
        this.certificates = certificates;
        this.store = store;
    }

    @Override
    public TrustedCertificate trust(TrustedCertificate certificate) {
        boolean known = certificates.activeFor(certificate.host()).stream().anyMatch(t -> t.certificate().sha256Fingerprint()
                .equalsIgnoreCase(certificate.certificate().sha256Fingerprint()));
        TrustedCertificate stored = certificates.trust(certificate);
        if (!known) {
            record(Action.CERTIFICATE_TRUSTED, stored, Map.of(), values(stored));
        }
        return stored;
    }

    @Override
    public void revoke(long id, Instant at) {
        Optional<TrustedCertificate> revoked = certificates.allActive().stream().filter(t -> t.id() == id).findFirst();
        certificates.revoke(id, at);
        revoked.ifPresent(certificate -> record(Action.CERTIFICATE_REVOKED, certificate, values(certificate), Map.of()));
    }

    @Override
    public List<TrustedCertificate> activeFor(HostName host) {
        return certificates.activeFor(host);
    }

    @Override
    public List<TrustedCertificate> allActive() {
        return certificates.allActive();
    }

    private void record(Action action, TrustedCertificate certificate, Map<String, String> oldValues, Map<String, String> newValues) {
        store.repositories().history().add(HistoryEntry.of(action, Target.CERTIFICATE, certificate.id(), Optional.empty(),
                certificate.host().unicode(), oldValues, newValues, "", 0));
    }

    private static Map<String, String> values(TrustedCertificate certificate) {
        return Map.of("subject", certificate.certificate().subject(), "issuer", certificate.certificate().issuer(),
                "SHA-256", certificate.certificate().sha256Fingerprint(), "valid until", certificate.certificate().notAfter().toString());
    }
}
