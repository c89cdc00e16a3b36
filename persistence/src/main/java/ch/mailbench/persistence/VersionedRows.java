package ch.mailbench.persistence;

import ch.mailbench.core.port.StaleDataException;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;

import java.util.Map;

/**
 * The optimistic lock of the editable tables (customers, domains, mailboxes): a row is changed or
 * deleted only while it still has the version the caller read, and every change counts the version
 * up. Another technician's change in between makes the statement touch no row, which is reported
 * as a {@link StaleDataException} naming {@code what}.
 */
final class VersionedRows<R extends Record> {

    private final DSLContext dsl;
    private final Table<R> table;
    private final TableField<R, Integer> id;
    private final TableField<R, Integer> version;

    VersionedRows(DSLContext dsl, Table<R> table, TableField<R, Integer> id, TableField<R, Integer> version) {
        this.dsl = dsl;
        this.table = table;
        this.id = id;
        this.version = version;
    }

    /** Sets {@code values} on row {@code rowId} if it is still at {@code rowVersion}; returns the row's new version. */
    long update(long rowId, long rowVersion, Map<Field<?>, Object> values, String what) {
        int updated = dsl.update(table).set(values).set(version, version.plus(1)).where(matches(rowId, rowVersion)).execute();
        if (updated == 0) {
            throw new StaleDataException(what);
        }
        return rowVersion + 1;
    }

    /** Deletes row {@code rowId} if it is still at {@code rowVersion}. */
    void delete(long rowId, long rowVersion, String what) {
        if (dsl.deleteFrom(table).where(matches(rowId, rowVersion)).execute() == 0) {
            throw new StaleDataException(what);
        }
    }

    private Condition matches(long rowId, long rowVersion) {
        return id.eq(Math.toIntExact(rowId)).and(version.eq(Math.toIntExact(rowVersion)));
    }
}
