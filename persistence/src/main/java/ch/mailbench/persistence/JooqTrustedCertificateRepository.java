package ch.mailbench.persistence;

import ch.mailbench.core.model.CertificateInfo;
import ch.mailbench.core.model.HostName;
import ch.mailbench.core.model.TrustedCertificate;
import ch.mailbench.core.port.TrustedCertificateRepository;
import ch.mailbench.persistence.jooq.tables.records.TrustedCertificateRecord;
import org.jooq.DSLContext;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static ch.mailbench.persistence.jooq.Tables.TRUSTED_CERTIFICATE;

/** Accepted certificates per host in SQLite; revoked ones stay as a record. */
public final class JooqTrustedCertificateRepository implements TrustedCertificateRepository {

    /** jOOQ is set up on the first statement, not when the console starts. */
    private final Database database;

    public JooqTrustedCertificateRepository(Database database) {
        this.database = database;
    }

    private DSLContext dsl() {
        return database.dsl();
    }

    @Override
    public TrustedCertificate trust(TrustedCertificate certificate) {
        String fingerprint = normalise(certificate.fingerprint());
        return dsl().transactionResult(configuration -> {
            DSLContext tx = org.jooq.impl.DSL.using(configuration);
            TrustedCertificateRecord existing = tx.selectFrom(TRUSTED_CERTIFICATE)
                    .where(TRUSTED_CERTIFICATE.HOST.eq(certificate.host().ascii()))
                    .and(TRUSTED_CERTIFICATE.SHA256.eq(fingerprint))
                    .and(TRUSTED_CERTIFICATE.REVOKED_AT.isNull())
                    .fetchOne();
            if (existing != null) {
                return toTrusted(existing);
            }
            CertificateInfo info = certificate.certificate();
            Integer id = tx.insertInto(TRUSTED_CERTIFICATE)
                    .set(TRUSTED_CERTIFICATE.HOST, certificate.host().ascii())
                    .set(TRUSTED_CERTIFICATE.SHA256, fingerprint)
                    .set(TRUSTED_CERTIFICATE.SUBJECT, info.subject())
                    .set(TRUSTED_CERTIFICATE.ISSUER, info.issuer())
                    .set(TRUSTED_CERTIFICATE.NOT_BEFORE, info.notBefore().toString())
                    .set(TRUSTED_CERTIFICATE.NOT_AFTER, info.notAfter().toString())
                    .set(TRUSTED_CERTIFICATE.ACCEPTED_AT, certificate.acceptedAt().toString())
                    .returning(TRUSTED_CERTIFICATE.ID)
                    .fetchOne(TRUSTED_CERTIFICATE.ID);
            return new TrustedCertificate(id, certificate.host(), new CertificateInfo(info.subject(), info.issuer(),
                    info.notBefore(), info.notAfter(), fingerprint), certificate.acceptedAt());
        });
    }

    @Override
    public void revoke(long id, Instant at) {
        dsl().update(TRUSTED_CERTIFICATE)
                .set(TRUSTED_CERTIFICATE.REVOKED_AT, at.toString())
                .where(TRUSTED_CERTIFICATE.ID.eq(Math.toIntExact(id)).and(TRUSTED_CERTIFICATE.REVOKED_AT.isNull()))
                .execute();
    }

    @Override
    public List<TrustedCertificate> activeFor(HostName host) {
        return dsl().selectFrom(TRUSTED_CERTIFICATE)
                .where(TRUSTED_CERTIFICATE.HOST.eq(host.ascii()).and(TRUSTED_CERTIFICATE.REVOKED_AT.isNull()))
                .orderBy(TRUSTED_CERTIFICATE.ACCEPTED_AT)
                .fetch(JooqTrustedCertificateRepository::toTrusted);
    }

    @Override
    public List<TrustedCertificate> allActive() {
        return dsl().selectFrom(TRUSTED_CERTIFICATE)
                .where(TRUSTED_CERTIFICATE.REVOKED_AT.isNull())
                .orderBy(TRUSTED_CERTIFICATE.HOST, TRUSTED_CERTIFICATE.ACCEPTED_AT)
                .fetch(JooqTrustedCertificateRepository::toTrusted);
    }

    /** One spelling in the database: upper-case hex pairs with colons. */
    private static String normalise(String fingerprint) {
        String hex = fingerprint.replaceAll("[^0-9A-Fa-f]", "").toUpperCase(Locale.ROOT);
        if (hex.length() != 64) {
            throw new IllegalArgumentException("A SHA-256 fingerprint has 64 hex digits, not " + hex.length());
        }
        return String.join(":", hex.split("(?<=\\G..)"));
    }

    private static TrustedCertificate toTrusted(TrustedCertificateRecord row) {
        return new TrustedCertificate(row.getId(), HostName.of(row.getHost()), new CertificateInfo(row.getSubject(),
                row.getIssuer(), Instant.parse(row.getNotBefore()), Instant.parse(row.getNotAfter()), row.getSha256()),
                Instant.parse(row.getAcceptedAt()));
    }
}
