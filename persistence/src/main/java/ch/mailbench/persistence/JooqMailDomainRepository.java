package ch.mailbench.persistence;

import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.core.port.DuplicateException;
import ch.mailbench.core.port.MailDomainRepository;
import ch.mailbench.core.port.StaleDataException;
import ch.mailbench.persistence.jooq.tables.records.MailDomainRecord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.exception.IntegrityConstraintViolationException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static ch.mailbench.persistence.jooq.Tables.MAIL_DOMAIN;

/** Domains in SQLite. */
public final class JooqMailDomainRepository implements MailDomainRepository {

    static final SettingsColumns<MailDomainRecord> SETTINGS = new SettingsColumns<>(MAIL_DOMAIN.MAILBOX_TYPE,
            MAIL_DOMAIN.INCOMING_HOST, MAIL_DOMAIN.INCOMING_PORT, MAIL_DOMAIN.INCOMING_SECURITY,
            MAIL_DOMAIN.OUTGOING_HOST, MAIL_DOMAIN.OUTGOING_PORT, MAIL_DOMAIN.OUTGOING_SECURITY,
            MAIL_DOMAIN.SMTP_AUTH, MAIL_DOMAIN.USERNAME_FORMAT);

    private final DSLContext dsl;
    private final VersionedRows<MailDomainRecord> rows;

    public JooqMailDomainRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.rows = new VersionedRows<>(dsl, MAIL_DOMAIN, MAIL_DOMAIN.ID, MAIL_DOMAIN.VERSION);
    }

    @Override
    public MailDomain insert(MailDomain domain) {
        try {
            MailDomainRecord row = dsl.insertInto(MAIL_DOMAIN)
                    .set(MAIL_DOMAIN.CUSTOMER_ID, Math.toIntExact(domain.customerId()))
                    .set(editableValues(domain))
                    .returning(MAIL_DOMAIN.ID, MAIL_DOMAIN.VERSION)
                    .fetchOne();
            return domain.stored(row.getId(), row.getVersion());
        } catch (IntegrityConstraintViolationException e) {
            throw duplicate(domain, e);
        }
    }

    @Override
    public MailDomain update(MailDomain domain) {
        try {
            return domain.stored(domain.id(), rows.update(domain.id(), domain.version(), editableValues(domain), "Domain " + domain.name()));
        } catch (IntegrityConstraintViolationException e) {
            throw duplicate(domain, e);
        }
    }

    @Override
    public void delete(MailDomain domain) {
        rows.delete(domain.id(), domain.version(), "Domain " + domain.name());
    }

    @Override
    public long count() {
        return dsl.fetchCount(MAIL_DOMAIN);
    }

    @Override
    public Optional<MailDomain> findById(long id) {
        return dsl.selectFrom(MAIL_DOMAIN).where(MAIL_DOMAIN.ID.eq(Math.toIntExact(id))).fetchOptional(JooqMailDomainRepository::toDomain);
    }

    @Override
    public Optional<MailDomain> findByName(DomainName name) {
        return dsl.selectFrom(MAIL_DOMAIN).where(MAIL_DOMAIN.NAME.eq(name.ascii())).fetchOptional(JooqMailDomainRepository::toDomain);
    }

    @Override
    public List<MailDomain> findByCustomer(long customerId) {
        return dsl.selectFrom(MAIL_DOMAIN).where(MAIL_DOMAIN.CUSTOMER_ID.eq(Math.toIntExact(customerId)))
                .orderBy(MAIL_DOMAIN.NAME).fetch(JooqMailDomainRepository::toDomain);
    }

    @Override
    public List<MailDomain> findAll() {
        return dsl.selectFrom(MAIL_DOMAIN).orderBy(MAIL_DOMAIN.NAME).fetch(JooqMailDomainRepository::toDomain);
    }

    private static Map<Field<?>, Object> editableValues(MailDomain domain) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(MAIL_DOMAIN.NAME, domain.name().ascii());
        values.put(MAIL_DOMAIN.PROVIDER, domain.provider());
        values.putAll(SETTINGS.values(domain.defaults()));
        return values;
    }

    static MailDomain toDomain(MailDomainRecord row) {
        return new MailDomain(row.getId(), row.getVersion(), row.getCustomerId(), DomainName.of(row.getName()),
                row.getProvider(), SETTINGS.read(row));
    }

    private static RuntimeException duplicate(MailDomain domain, IntegrityConstraintViolationException e) {
        if (ConstraintViolations.isForeignKeyViolation(e)) {
            return new StaleDataException("The customer of domain " + domain.name());
        }
        return new DuplicateException("The domain " + domain.name() + " is already recorded");
    }

    @Override
    public Optional<UsernameFormat> learnedFormat(long domainId) {
        return dsl.select(MAIL_DOMAIN.LEARNED_USERNAME_FORMAT).from(MAIL_DOMAIN).where(MAIL_DOMAIN.ID.eq(Math.toIntExact(domainId)))
                .fetchOptional(MAIL_DOMAIN.LEARNED_USERNAME_FORMAT).map(UsernameFormat::fromStorageForm);
    }

    @Override
    public void recordLearnedFormat(long domainId, UsernameFormat format) {
        dsl.update(MAIL_DOMAIN).set(MAIL_DOMAIN.LEARNED_USERNAME_FORMAT, format.storageForm())
                .where(MAIL_DOMAIN.ID.eq(Math.toIntExact(domainId))).execute();
    }
}
