package ch.mailbench.persistence;

import ch.mailbench.core.model.CertificateInfo;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.HostName;
import ch.mailbench.core.model.Outcome;
import ch.mailbench.core.model.Port;
import ch.mailbench.core.model.Protocol;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.core.model.Verification;
import ch.mailbench.core.port.VerificationRepository;
import ch.mailbench.persistence.jooq.tables.records.VerificationRecord;
import org.jooq.DSLContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static ch.mailbench.persistence.jooq.Tables.VERIFICATION;

/** The append-only check history in SQLite. */
public final class JooqVerificationRepository implements VerificationRepository {

    private final DSLContext dsl;

    public JooqVerificationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Verification add(Verification v) {
        Optional<CertificateInfo> cert = v.certificate();
        Integer id = dsl.insertInto(VERIFICATION)
                .set(VERIFICATION.MAILBOX_ID, Math.toIntExact(v.mailboxId()))
                .set(VERIFICATION.CHECKED_AT, v.checkedAt().toString())
                .set(VERIFICATION.PROTOCOL, v.protocol().name())
                .set(VERIFICATION.HOST, v.endpoint().host().ascii())
                .set(VERIFICATION.PORT, v.endpoint().port().number())
                .set(VERIFICATION.SECURITY, v.endpoint().security().name())
                .set(VERIFICATION.USERNAME, v.username())
                .set(VERIFICATION.USERNAME_FORMAT, v.usernameFormat().storageForm())
                .set(VERIFICATION.OUTCOME, v.outcome().name())
                .set(VERIFICATION.LATENCY_MS, Math.toIntExact(Math.min(v.latencyMillis(), Integer.MAX_VALUE)))
                .set(VERIFICATION.CERT_SUBJECT, cert.map(CertificateInfo::subject).orElse(null))
                .set(VERIFICATION.CERT_ISSUER, cert.map(CertificateInfo::issuer).orElse(null))
                .set(VERIFICATION.CERT_NOT_BEFORE, cert.map(c -> c.notBefore().toString()).orElse(null))
                .set(VERIFICATION.CERT_NOT_AFTER, cert.map(c -> c.notAfter().toString()).orElse(null))
                .set(VERIFICATION.CERT_SHA256, cert.map(CertificateInfo::sha256Fingerprint).orElse(null))
                .set(VERIFICATION.GREETING, v.greeting())
                .set(VERIFICATION.MESSAGE, v.message())
                .returning(VERIFICATION.ID)
                .fetchOne(VERIFICATION.ID);
        return new Verification(id, v.mailboxId(), v.checkedAt(), v.protocol(), v.endpoint(), v.username(),
                v.usernameFormat(), v.outcome(), v.latencyMillis(), v.certificate(), v.greeting(), v.message());
    }

    @Override
    public List<Verification> findByMailbox(long mailboxId, int limit) {
        return dsl.selectFrom(VERIFICATION)
                .where(VERIFICATION.MAILBOX_ID.eq(Math.toIntExact(mailboxId)))
                .orderBy(VERIFICATION.CHECKED_AT.desc(), VERIFICATION.ID.desc())
                .limit(limit)
                .fetch(JooqVerificationRepository::toVerification);
    }

    private static Verification toVerification(VerificationRecord row) {
        Optional<CertificateInfo> cert = Optional.ofNullable(row.getCertSha256()).map(sha -> new CertificateInfo(
                row.getCertSubject(), row.getCertIssuer(), Instant.parse(row.getCertNotBefore()),
                Instant.parse(row.getCertNotAfter()), sha));
        return new Verification(row.getId(), row.getMailboxId(), Instant.parse(row.getCheckedAt()),
                Protocol.valueOf(row.getProtocol()),
                new Endpoint(HostName.of(row.getHost()), Port.of(row.getPort()), Security.valueOf(row.getSecurity())),
                row.getUsername(), UsernameFormat.fromStorageForm(row.getUsernameFormat()), Outcome.valueOf(row.getOutcome()),
                row.getLatencyMs(), cert, row.getGreeting(), row.getMessage());
    }
}
