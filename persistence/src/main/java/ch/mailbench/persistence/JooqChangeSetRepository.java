package ch.mailbench.persistence;

import ch.mailbench.core.change.ChangeSet;
import ch.mailbench.core.change.ChangeSetEntry;
import ch.mailbench.core.model.SettingsText;
import ch.mailbench.core.port.ChangeSetRepository;
import ch.mailbench.persistence.jooq.tables.records.ChangeSetRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static ch.mailbench.persistence.jooq.Tables.CHANGE_SET;
import static ch.mailbench.persistence.jooq.Tables.CHANGE_SET_ENTRY;

/** Change sets in {@code change_set} and their rows in {@code change_set_entry}; settings as {@link SettingsText}. */
public final class JooqChangeSetRepository implements ChangeSetRepository {

    private final DSLContext dsl;

    public JooqChangeSetRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public ChangeSet insert(ChangeSet changeSet) {
        // The set and its rows in one transaction: a half-written set could not be reverted.
        return dsl.transactionResult(configuration -> insert(DSL.using(configuration), changeSet));
    }

    private static ChangeSet insert(DSLContext tx, ChangeSet changeSet) {
        ChangeSetRecord row = tx.insertInto(CHANGE_SET)
                .set(CHANGE_SET.CREATED_AT, changeSet.createdAt().toString())
                .set(CHANGE_SET.CREATED_BY, changeSet.createdBy())
                .set(CHANGE_SET.DESCRIPTION, changeSet.description())
                .returning(CHANGE_SET.ID).fetchOne();
        long id = row.getId();
        for (ChangeSetEntry entry : changeSet.entries()) {
            tx.insertInto(CHANGE_SET_ENTRY)
                    .set(CHANGE_SET_ENTRY.CHANGE_SET_ID, Math.toIntExact(id))
                    .set(CHANGE_SET_ENTRY.TARGET, entry.target().name())
                    .set(CHANGE_SET_ENTRY.TARGET_ID, Math.toIntExact(entry.targetId()))
                    .set(CHANGE_SET_ENTRY.LABEL, entry.label())
                    .set(CHANGE_SET_ENTRY.OLD_SETTINGS, SettingsText.format(entry.oldSettings()))
                    .set(CHANGE_SET_ENTRY.NEW_SETTINGS, SettingsText.format(entry.newSettings()))
                    .set(CHANGE_SET_ENTRY.VERSION_AFTER, Math.toIntExact(entry.versionAfter()))
                    .execute();
        }
        return new ChangeSet(id, changeSet.createdAt(), changeSet.createdBy(), changeSet.description(),
                Optional.empty(), Optional.empty(), changeSet.entries());
    }

    @Override
    public Optional<ChangeSet> findById(long id) {
        return dsl.selectFrom(CHANGE_SET).where(CHANGE_SET.ID.eq(Math.toIntExact(id))).fetchOptional().map(this::toChangeSet);
    }

    @Override
    public List<ChangeSet> findAll() {
        return dsl.selectFrom(CHANGE_SET).orderBy(CHANGE_SET.ID.desc()).fetch().map(this::toChangeSet);
    }

    @Override
    public void markReverted(long id, Instant at, String by) {
        dsl.update(CHANGE_SET).set(CHANGE_SET.REVERTED_AT, at.toString()).set(CHANGE_SET.REVERTED_BY, by)
                .where(CHANGE_SET.ID.eq(Math.toIntExact(id))).execute();
    }

    private ChangeSet toChangeSet(ChangeSetRecord row) {
        List<ChangeSetEntry> entries = dsl.selectFrom(CHANGE_SET_ENTRY).where(CHANGE_SET_ENTRY.CHANGE_SET_ID.eq(row.getId()))
                .orderBy(CHANGE_SET_ENTRY.ID).fetch().map(entry -> new ChangeSetEntry(
                        ChangeSetEntry.Target.valueOf(entry.getTarget()), entry.getTargetId(), entry.getLabel(),
                        SettingsText.parse(entry.getOldSettings()), SettingsText.parse(entry.getNewSettings()),
                        entry.getVersionAfter()));
        return new ChangeSet(row.getId(), Instant.parse(row.getCreatedAt()), row.getCreatedBy(), row.getDescription(),
                Optional.ofNullable(row.getRevertedAt()).map(Instant::parse), Optional.ofNullable(row.getRevertedBy()), entries);
    }
}
