package ch.mailbench.persistence;

import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.LastCheck;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.Outcome;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.port.DuplicateException;
import ch.mailbench.core.port.MailboxRepository;
import ch.mailbench.core.port.StaleDataException;
import ch.mailbench.persistence.jooq.tables.records.MailboxRecord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.exception.IntegrityConstraintViolationException;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static ch.mailbench.persistence.jooq.Tables.MAILBOX;
import static ch.mailbench.persistence.jooq.Tables.MAIL_DOMAIN;

/** Mailboxes in SQLite. */
public final class JooqMailboxRepository implements MailboxRepository {

    private static final SettingsColumns<MailboxRecord> SETTINGS = new SettingsColumns<>(MAILBOX.MAILBOX_TYPE,
            MAILBOX.INCOMING_HOST, MAILBOX.INCOMING_PORT, MAILBOX.INCOMING_SECURITY,
            MAILBOX.OUTGOING_HOST, MAILBOX.OUTGOING_PORT, MAILBOX.OUTGOING_SECURITY,
            MAILBOX.SMTP_AUTH, MAILBOX.USERNAME_FORMAT);

    private final DSLContext dsl;
    private final VersionedRows<MailboxRecord> rows;

    public JooqMailboxRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.rows = new VersionedRows<>(dsl, MAILBOX, MAILBOX.ID, MAILBOX.VERSION);
    }

    @Override
    public Mailbox insert(Mailbox mailbox) {
        try {
            MailboxRecord row = dsl.insertInto(MAILBOX)
                    .set(editableValues(mailbox))
                    .returning(MAILBOX.ID, MAILBOX.VERSION)
                    .fetchOne();
            return mailbox.stored(row.getId(), row.getVersion());
        } catch (IntegrityConstraintViolationException e) {
            throw duplicate(mailbox, e);
        }
    }

    @Override
    public Mailbox update(Mailbox mailbox) {
        try {
            return mailbox.stored(mailbox.id(), rows.update(mailbox.id(), mailbox.version(), editableValues(mailbox), "Mailbox " + mailbox.address()));
        } catch (IntegrityConstraintViolationException e) {
            throw duplicate(mailbox, e);
        }
    }

    @Override
    public void delete(Mailbox mailbox) {
        rows.delete(mailbox.id(), mailbox.version(), "Mailbox " + mailbox.address());
    }

    @Override
    public void recordLastCheck(long mailboxId, LastCheck check) {
        dsl.update(MAILBOX)
                .set(MAILBOX.LAST_CHECK_AT, check.at().toString())
                .set(MAILBOX.LAST_CHECK_OUTCOME, check.outcome().name())
                .set(MAILBOX.LAST_CHECK_SETTINGS, check.settings().isEmpty() ? null : check.settings())
                .where(MAILBOX.ID.eq(Math.toIntExact(mailboxId)))
                .execute();
    }

    @Override
    public long count() {
        return dsl.fetchCount(MAILBOX);
    }

    @Override
    public Optional<Mailbox> findById(long id) {
        return dsl.selectFrom(MAILBOX).where(MAILBOX.ID.eq(Math.toIntExact(id))).fetchOptional(JooqMailboxRepository::toMailbox);
    }

    @Override
    public Optional<Mailbox> findByAddress(EmailAddress address) {
        return dsl.selectFrom(MAILBOX).where(MAILBOX.ADDRESS.eq(address.ascii())).fetchOptional(JooqMailboxRepository::toMailbox);
    }

    @Override
    public List<Mailbox> findByDomain(long domainId) {
        return dsl.selectFrom(MAILBOX).where(MAILBOX.DOMAIN_ID.eq(Math.toIntExact(domainId)))
                .orderBy(MAILBOX.ADDRESS).fetch(JooqMailboxRepository::toMailbox);
    }

    @Override
    public List<Mailbox> findByCustomer(long customerId) {
        return dsl.select(MAILBOX.fields()).from(MAILBOX).join(MAIL_DOMAIN).on(MAIL_DOMAIN.ID.eq(MAILBOX.DOMAIN_ID))
                .where(MAIL_DOMAIN.CUSTOMER_ID.eq(Math.toIntExact(customerId)))
                .orderBy(MAILBOX.ADDRESS)
                .fetch(row -> toMailbox(row.into(MAILBOX)));
    }

    @Override
    public List<Mailbox> findAll() {
        return dsl.selectFrom(MAILBOX).orderBy(MAILBOX.ADDRESS).fetch(JooqMailboxRepository::toMailbox);
    }

    @Override
    public long countByCustomer(long customerId) {
        return dsl.fetchCount(MAILBOX.join(MAIL_DOMAIN).on(MAIL_DOMAIN.ID.eq(MAILBOX.DOMAIN_ID)),
                MAIL_DOMAIN.CUSTOMER_ID.eq(Math.toIntExact(customerId)));
    }

    @Override
    public long countByDomain(long domainId) {
        return dsl.fetchCount(MAILBOX, MAILBOX.DOMAIN_ID.eq(Math.toIntExact(domainId)));
    }

    private static Map<Field<?>, Object> editableValues(Mailbox mailbox) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        // A mailbox may move to another domain of its customer.
        values.put(MAILBOX.DOMAIN_ID, Math.toIntExact(mailbox.domainId()));
        values.put(MAILBOX.ADDRESS, mailbox.address().ascii());
        values.put(MAILBOX.DISPLAY_NAME, mailbox.displayName());
        values.put(MAILBOX.OWN_SETTINGS, mailbox.ownSettings().isPresent() ? 1 : 0);
        // Inheriting mailboxes keep neutral values in the settings columns; own_settings = 0 means "ignore them".
        values.putAll(SETTINGS.values(mailbox.ownSettings().orElse(ServerSettings.unknown())));
        values.put(MAILBOX.ALLOW_PLAINTEXT_LOGIN, mailbox.allowPlaintextLogin() ? 1 : 0);
        values.put(MAILBOX.NOTES, mailbox.notes());
        return values;
    }

    static Mailbox toMailbox(MailboxRecord row) {
        Optional<ServerSettings> own = row.getOwnSettings() != 0 ? Optional.of(SETTINGS.read(row)) : Optional.empty();
        Optional<LastCheck> lastCheck = Optional.ofNullable(row.getLastCheckAt())
                .map(at -> new LastCheck(Instant.parse(at), Outcome.valueOf(row.getLastCheckOutcome()), row.getLastCheckSettings()));
        return new Mailbox(row.getId(), row.getVersion(), row.getDomainId(), EmailAddress.parse(row.getAddress()),
                row.getDisplayName(), own, row.getAllowPlaintextLogin() != 0, row.getNotes(), lastCheck);
    }

    private static RuntimeException duplicate(Mailbox mailbox, IntegrityConstraintViolationException e) {
        if (ConstraintViolations.isForeignKeyViolation(e)) {
            return new StaleDataException("The domain of mailbox " + mailbox.address());
        }
        return new DuplicateException("The mailbox " + mailbox.address() + " is already recorded");
    }
}
