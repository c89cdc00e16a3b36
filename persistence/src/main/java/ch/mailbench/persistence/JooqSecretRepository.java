package ch.mailbench.persistence;

import ch.mailbench.core.port.SecretRepository;
import ch.mailbench.core.port.StaleDataException;
import ch.mailbench.core.vault.EncryptedSecret;
import ch.mailbench.core.vault.KdfParameters;
import ch.mailbench.core.vault.VaultHeader;
import ch.mailbench.persistence.jooq.tables.records.MailboxSecretRecord;
import ch.mailbench.persistence.jooq.tables.records.VaultRecord;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.Result;
import org.jooq.exception.IntegrityConstraintViolationException;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static ch.mailbench.persistence.jooq.Tables.MAILBOX;
import static ch.mailbench.persistence.jooq.Tables.MAILBOX_SECRET;
import static ch.mailbench.persistence.jooq.Tables.MAIL_DOMAIN;
import static ch.mailbench.persistence.jooq.Tables.VAULT;

/** The vault's header row and the mailboxes' encrypted passwords in SQLite. */
public final class JooqSecretRepository implements SecretRepository {

    private static final int HEADER_ROW = 1;

    private final DSLContext dsl;

    public JooqSecretRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<VaultHeader> header() {
        return dsl.selectFrom(VAULT).where(VAULT.ID.eq(HEADER_ROW)).fetchOptional(JooqSecretRepository::toHeader);
    }

    @Override
    public void saveHeader(VaultHeader header) {
        VaultRecord row = dsl.newRecord(VAULT);
        row.setId(HEADER_ROW);
        row.setKdfAlgorithm(header.kdf().algorithm());
        row.setKdfIterations(header.kdf().iterations());
        row.setKdfSalt(header.kdf().salt());
        row.setCheckNonce(header.check().nonce());
        row.setCheckCiphertext(header.check().ciphertext());
        row.setIdleLockSeconds(Math.toIntExact(header.idleLock().toSeconds()));
        dsl.insertInto(VAULT).set(row).onDuplicateKeyUpdate().set(row).execute();
    }

    @Override
    public Optional<EncryptedSecret> find(long mailboxId) {
        return dsl.selectFrom(MAILBOX_SECRET).where(MAILBOX_SECRET.MAILBOX_ID.eq(Math.toIntExact(mailboxId)))
                .fetchOptional(JooqSecretRepository::toSecret);
    }

    @Override
    public void put(long mailboxId, EncryptedSecret secret, Optional<Instant> setAt) {
        String when = setAt.map(Instant::toString).orElse(null);
        try {
            dsl.insertInto(MAILBOX_SECRET)
                    .set(MAILBOX_SECRET.MAILBOX_ID, Math.toIntExact(mailboxId))
                    .set(MAILBOX_SECRET.NONCE, secret.nonce())
                    .set(MAILBOX_SECRET.CIPHERTEXT, secret.ciphertext())
                    .set(MAILBOX_SECRET.SET_AT, when)
                    .onDuplicateKeyUpdate()
                    .set(MAILBOX_SECRET.NONCE, secret.nonce())
                    .set(MAILBOX_SECRET.CIPHERTEXT, secret.ciphertext())
                    .set(MAILBOX_SECRET.SET_AT, when)
                    .execute();
        } catch (IntegrityConstraintViolationException e) {
            throw new StaleDataException("Mailbox #" + mailboxId);
        }
    }

    @Override
    public Optional<Instant> setAt(long mailboxId) {
        return dsl.select(MAILBOX_SECRET.SET_AT).from(MAILBOX_SECRET).where(MAILBOX_SECRET.MAILBOX_ID.eq(Math.toIntExact(mailboxId)))
                .fetchOptional().map(row -> row.value1()).map(Instant::parse);
    }

    @Override
    public Map<Long, Optional<Instant>> passwordDates() {
        return dates(dsl.select(MAILBOX_SECRET.MAILBOX_ID, MAILBOX_SECRET.SET_AT).from(MAILBOX_SECRET)
                .orderBy(MAILBOX_SECRET.MAILBOX_ID).fetch());
    }

    @Override
    public Map<Long, Optional<Instant>> passwordDates(long customerId) {
        return dates(dsl.select(MAILBOX_SECRET.MAILBOX_ID, MAILBOX_SECRET.SET_AT).from(MAILBOX_SECRET)
                .join(MAILBOX).on(MAILBOX.ID.eq(MAILBOX_SECRET.MAILBOX_ID))
                .join(MAIL_DOMAIN).on(MAIL_DOMAIN.ID.eq(MAILBOX.DOMAIN_ID))
                .where(MAIL_DOMAIN.CUSTOMER_ID.eq(Math.toIntExact(customerId)))
                .orderBy(MAILBOX_SECRET.MAILBOX_ID).fetch());
    }

    private static Map<Long, Optional<Instant>> dates(Result<Record2<Integer, String>> rows) {
        Map<Long, Optional<Instant>> dates = new LinkedHashMap<>();
        rows.forEach(row -> dates.put(row.value1().longValue(), Optional.ofNullable(row.value2()).map(Instant::parse)));
        return dates;
    }

    @Override
    public boolean delete(long mailboxId) {
        return dsl.deleteFrom(MAILBOX_SECRET).where(MAILBOX_SECRET.MAILBOX_ID.eq(Math.toIntExact(mailboxId))).execute() > 0;
    }

    @Override
    public void deleteAll() {
        dsl.deleteFrom(MAILBOX_SECRET).execute();
    }

    @Override
    public Map<Long, EncryptedSecret> findAll() {
        Map<Long, EncryptedSecret> all = new LinkedHashMap<>();
        dsl.selectFrom(MAILBOX_SECRET).orderBy(MAILBOX_SECRET.MAILBOX_ID)
                .forEach(row -> all.put(row.getMailboxId().longValue(), toSecret(row)));
        return all;
    }

    @Override
    public boolean exists(long mailboxId) {
        return dsl.fetchExists(MAILBOX_SECRET, MAILBOX_SECRET.MAILBOX_ID.eq(Math.toIntExact(mailboxId)));
    }

    @Override
    public long count() {
        return dsl.fetchCount(MAILBOX_SECRET);
    }

    private static VaultHeader toHeader(VaultRecord row) {
        return new VaultHeader(new KdfParameters(row.getKdfAlgorithm(), row.getKdfIterations(), row.getKdfSalt()),
                new EncryptedSecret(row.getCheckNonce(), row.getCheckCiphertext()),
                Duration.ofSeconds(row.getIdleLockSeconds()));
    }

    private static EncryptedSecret toSecret(MailboxSecretRecord row) {
        return new EncryptedSecret(row.getNonce(), row.getCiphertext());
    }
}
