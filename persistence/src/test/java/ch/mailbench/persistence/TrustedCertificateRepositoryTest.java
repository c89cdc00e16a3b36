package ch.mailbench.persistence;

import ch.mailbench.core.history.HistoryEntry;
import ch.mailbench.core.history.HistoryQuery;
import ch.mailbench.core.history.RecordingStore;
import ch.mailbench.core.history.RecordingTrustedCertificates;
import ch.mailbench.core.model.CertificateInfo;
import ch.mailbench.core.model.HostName;
import ch.mailbench.core.model.TrustedCertificate;
import ch.mailbench.persistence.testing.BothDialects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Accepted certificates on SQLite and on PostgreSQL. */
class TrustedCertificateRepositoryTest extends BothDialects {

    private static final String FINGERPRINT = "ab:cd:ef:01:23:45:67:89:ab:cd:ef:01:23:45:67:89:ab:cd:ef:01:23:45:67:89:ab:cd:ef:01:23:45:67:89";
    private static final CertificateInfo CERTIFICATE = new CertificateInfo("CN=mail.bakery-dupont.ch", "CN=mail.bakery-dupont.ch",
            Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"), FINGERPRINT);

    private JooqTrustedCertificateRepository repository;
    private Database database;

    @BeforeEach
    void open() {
        database = databases.open("m.db", Clock.systemUTC());
        repository = new JooqTrustedCertificateRepository(database);
    }

    @Test
    void acceptedCertificatesAreTrustedForTheirHostOnly() {
        TrustedCertificate stored = repository.trust(TrustedCertificate.accept(HostName.of("mail.bakery-dupont.ch"), CERTIFICATE,
                Instant.parse("2026-11-26T10:00:00Z")));

        assertThat(stored.id()).isPositive();
        assertThat(stored.fingerprint()).isEqualTo(FINGERPRINT.toUpperCase());
        assertThat(repository.activeFor(HostName.of("mail.bakery-dupont.ch"))).containsExactly(stored);
        assertThat(repository.activeFor(HostName.of("imap.bakery-dupont.ch"))).isEmpty();
    }

    @Test
    void acceptingTwiceKeepsOneRecord() {
        TrustedCertificate first = repository.trust(TrustedCertificate.accept(HostName.of("mail.bakery-dupont.ch"), CERTIFICATE, Instant.now()));
        TrustedCertificate second = repository.trust(TrustedCertificate.accept(HostName.of("mail.bakery-dupont.ch"), CERTIFICATE, Instant.now()));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(repository.allActive()).hasSize(1);
    }

    @Test
    void revokingStopsTheTrustAndAllowsAcceptingAgain() {
        TrustedCertificate stored = repository.trust(TrustedCertificate.accept(HostName.of("mail.bakery-dupont.ch"), CERTIFICATE, Instant.now()));

        repository.revoke(stored.id(), Instant.now());

        assertThat(repository.activeFor(HostName.of("mail.bakery-dupont.ch"))).isEmpty();
        assertThat(repository.trust(TrustedCertificate.accept(HostName.of("mail.bakery-dupont.ch"), CERTIFICATE, Instant.now())).id())
                .isNotEqualTo(stored.id());
    }

    @Test
    void refusesSomethingThatIsNoSha256Fingerprint() {
        CertificateInfo odd = new CertificateInfo("CN=x", "CN=x", Instant.now(), Instant.now(), "AB:CD");

        assertThatThrownBy(() -> repository.trust(TrustedCertificate.accept(HostName.of("x.ch"), odd, Instant.now())))
                .hasMessageContaining("64 hex digits");
    }

    /** Who accepted which server's certificate, and who stopped trusting it, is in the history; accepting again adds nothing. */
    @Test
    void acceptingAndRevokingAreRecordedInTheHistory() {
        RecordingStore store = new RecordingStore(new JooqStore(database), Clock.systemUTC(), "anna");
        RecordingTrustedCertificates recorded = new RecordingTrustedCertificates(repository, store);
        TrustedCertificate accepted = TrustedCertificate.accept(HostName.of("mail.bakery-dupont.ch"), CERTIFICATE,
                Instant.parse("2026-11-26T10:00:00Z"));

        TrustedCertificate stored = recorded.trust(accepted);
        recorded.trust(accepted);
        recorded.revoke(stored.id(), Instant.parse("2026-11-27T10:00:00Z"));

        List<HistoryEntry> history = store.repositories().history().find(HistoryQuery.all(10));
        assertThat(history).extracting(HistoryEntry::action)
                .containsExactly(HistoryEntry.Action.CERTIFICATE_REVOKED, HistoryEntry.Action.CERTIFICATE_TRUSTED);
        assertThat(history).allSatisfy(entry -> {
            assertThat(entry.by()).isEqualTo("anna");
            assertThat(entry.target()).isEqualTo(HistoryEntry.Target.CERTIFICATE);
            assertThat(entry.label()).isEqualTo("mail.bakery-dupont.ch");
        });
        assertThat(history.get(1).newValues()).containsEntry("SHA-256", stored.certificate().sha256Fingerprint());
    }
}
