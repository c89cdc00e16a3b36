package ch.mailbench.persistence;

import ch.mailbench.core.history.HistoryEntry;
import ch.mailbench.core.history.HistoryQuery;
import ch.mailbench.core.history.ValuesText;
import ch.mailbench.core.port.HistoryRepository;
import ch.mailbench.persistence.jooq.tables.records.HistoryRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static ch.mailbench.persistence.jooq.Tables.CUSTOMER;
import static ch.mailbench.persistence.jooq.Tables.HISTORY;
import static ch.mailbench.persistence.jooq.Tables.HISTORY_COUNTER;
import static ch.mailbench.persistence.jooq.Tables.MAILBOX;
import static ch.mailbench.persistence.jooq.Tables.MAIL_DOMAIN;
import static ch.mailbench.persistence.jooq.Tables.TRUSTED_CERTIFICATE;

/** The history of changes, written in the transaction of the change it describes (the caller's {@code dsl}). */
public final class JooqHistoryRepository implements HistoryRepository {

    private static final Condition STANDING = HISTORY.UNDONE_BY.isNull().and(HISTORY.ACTION.ne(HistoryEntry.Action.UNDONE.name()));

    private final DSLContext dsl;

    public JooqHistoryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public HistoryEntry add(HistoryEntry entry) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = DSL.using(configuration);
            // Raising the counter locks its row until commit: concurrent writers take ids one after the other.
            tx.update(HISTORY_COUNTER).set(HISTORY_COUNTER.LAST_ID, HISTORY_COUNTER.LAST_ID.plus(1))
                    .where(HISTORY_COUNTER.ID.eq(1)).execute();
            long id = tx.select(HISTORY_COUNTER.LAST_ID).from(HISTORY_COUNTER).where(HISTORY_COUNTER.ID.eq(1)).fetchSingle().value1();
            long operation = entry.operationId() == 0 ? id : entry.operationId();
            tx.insertInto(HISTORY)
                    .set(HISTORY.ID, id)
                    .set(HISTORY.OPERATION_ID, operation)
                    .set(HISTORY.CHANGED_AT, entry.at().toString())
                    .set(HISTORY.CHANGED_BY, entry.by())
                    .set(HISTORY.ACTION, entry.action().name())
                    .set(HISTORY.TARGET, entry.target().name())
                    .set(HISTORY.TARGET_ID, entry.targetId())
                    .set(HISTORY.CUSTOMER_ID, entry.customerId().orElse(null))
                    .set(HISTORY.LABEL, entry.label())
                    .set(HISTORY.OLD_VALUES, ValuesText.format(entry.oldValues()))
                    .set(HISTORY.NEW_VALUES, ValuesText.format(entry.newValues()))
                    .set(HISTORY.RESTORE_DATA, entry.restoreData())
                    .set(HISTORY.VERSION_AFTER, entry.versionAfter())
                    .execute();
            return entry.stored(id, operation, entry.at(), entry.by());
        });
    }

    @Override
    public long newestId() {
        // The counter every writer raises, rather than max(id): one row, no index scan, on every poll.
        return dsl.select(HISTORY_COUNTER.LAST_ID).from(HISTORY_COUNTER).where(HISTORY_COUNTER.ID.eq(1))
                .fetchOptional().map(row -> row.value1().longValue()).orElse(0L);
    }

    @Override
    public void countChange() {
        // Ids of later entries skip the number taken here: only their order matters, never that they follow on.
        dsl.update(HISTORY_COUNTER).set(HISTORY_COUNTER.LAST_ID, HISTORY_COUNTER.LAST_ID.plus(1))
                .where(HISTORY_COUNTER.ID.eq(1)).execute();
    }

    @Override
    public List<HistoryEntry> find(HistoryQuery query) {
        Condition condition = DSL.trueCondition();
        if (query.customerId().isPresent()) {
            condition = condition.and(HISTORY.CUSTOMER_ID.eq(query.customerId().get())
                    .or(HISTORY.TARGET.eq(HistoryEntry.Target.CUSTOMER.name()).and(HISTORY.TARGET_ID.eq(query.customerId().get()))));
        }
        if (query.mailboxLabel().isPresent()) {
            condition = condition.and(HISTORY.TARGET.eq(HistoryEntry.Target.MAILBOX.name()))
                    .and(DSL.lower(HISTORY.LABEL).eq(query.mailboxLabel().get().toLowerCase(java.util.Locale.ROOT)));
        }
        if (query.since().isPresent()) {
            // ISO-8601 instants in UTC sort as text in both dialects.
            condition = condition.and(HISTORY.CHANGED_AT.ge(query.since().get().toString()));
        }
        return dsl.selectFrom(HISTORY).where(condition).orderBy(HISTORY.ID.desc()).limit(query.limit())
                .fetch(JooqHistoryRepository::toEntry);
    }

    @Override
    public Optional<Long> lastOperationBy(String by) {
        return Optional.ofNullable(dsl.select(DSL.max(HISTORY.OPERATION_ID)).from(HISTORY)
                .where(HISTORY.CHANGED_BY.eq(by)).and(STANDING).fetchOne().value1());
    }

    @Override
    public List<HistoryEntry> operation(long operationId) {
        return dsl.selectFrom(HISTORY).where(HISTORY.OPERATION_ID.eq(operationId)).orderBy(HISTORY.ID).fetch(JooqHistoryRepository::toEntry);
    }

    @Override
    public List<HistoryEntry> laterOn(HistoryEntry.Target target, long targetId, long afterId) {
        return dsl.selectFrom(HISTORY)
                .where(HISTORY.TARGET.eq(target.name())).and(HISTORY.TARGET_ID.eq(targetId)).and(HISTORY.ID.gt(afterId)).and(STANDING)
                .orderBy(HISTORY.ID).fetch(JooqHistoryRepository::toEntry);
    }

    @Override
    public List<HistoryEntry> laterOnLabel(HistoryEntry.Target target, String label, long afterId) {
        return dsl.selectFrom(HISTORY)
                .where(HISTORY.TARGET.eq(target.name())).and(HISTORY.LABEL.eq(label)).and(HISTORY.ID.gt(afterId)).and(STANDING)
                .orderBy(HISTORY.ID).fetch(JooqHistoryRepository::toEntry);
    }

    @Override
    public boolean restoreCertificate(long certificateId, boolean trusted, Instant at) {
        Condition row = TRUSTED_CERTIFICATE.ID.eq(Math.toIntExact(certificateId));
        return trusted
                ? dsl.update(TRUSTED_CERTIFICATE).setNull(TRUSTED_CERTIFICATE.REVOKED_AT)
                        .where(row.and(TRUSTED_CERTIFICATE.REVOKED_AT.isNotNull())).execute() == 1
                : dsl.update(TRUSTED_CERTIFICATE).set(TRUSTED_CERTIFICATE.REVOKED_AT, at.toString())
                        .where(row.and(TRUSTED_CERTIFICATE.REVOKED_AT.isNull())).execute() == 1;
    }

    @Override
    public void markUndone(long operationId, long undoEntryId) {
        dsl.update(HISTORY).set(HISTORY.UNDONE_BY, undoEntryId).where(HISTORY.OPERATION_ID.eq(operationId)).execute();
    }

    @Override
    public void restoreRow(HistoryEntry.Target target, long currentId, long originalId, long version) {
        switch (target) {
            case CUSTOMER -> restore(CUSTOMER, CUSTOMER.ID, CUSTOMER.VERSION, currentId, originalId, version);
            case DOMAIN -> restore(MAIL_DOMAIN, MAIL_DOMAIN.ID, MAIL_DOMAIN.VERSION, currentId, originalId, version);
            case MAILBOX -> restore(MAILBOX, MAILBOX.ID, MAILBOX.VERSION, currentId, originalId, version);
            default -> throw new IllegalArgumentException("No rows of " + target + " are restored");
        }
    }

    private void restore(Table<?> table, Field<Integer> id, Field<Integer> versionField, long currentId, long originalId, long version) {
        dsl.update(table).set(id, Math.toIntExact(originalId)).set(versionField, Math.toIntExact(version))
                .where(id.eq(Math.toIntExact(currentId))).execute();
    }

    private static HistoryEntry toEntry(HistoryRecord row) {
        return new HistoryEntry(row.getId(), row.getOperationId(), Instant.parse(row.getChangedAt()), row.getChangedBy(),
                HistoryEntry.Action.valueOf(row.getAction()), HistoryEntry.Target.valueOf(row.getTarget()), row.getTargetId(),
                Optional.ofNullable(row.getCustomerId()), row.getLabel(), ValuesText.parse(row.getOldValues()),
                ValuesText.parse(row.getNewValues()), row.getRestoreData(), row.getVersionAfter(),
                Optional.ofNullable(row.getUndoneBy()));
    }
}
