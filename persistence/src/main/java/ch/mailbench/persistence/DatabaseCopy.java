package ch.mailbench.persistence;

import ch.mailbench.persistence.jooq.DefaultSchema;
import org.jooq.DSLContext;
import org.jooq.ForeignKey;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Copies a whole Mailbench database into another, in either direction between SQLite and
 * PostgreSQL: every table of the schema (customers to change sets, the vault's header and the
 * still-encrypted secrets, settings, providers, accepted certificates), rows and ids as they are.
 * The tables come from the generated schema in foreign-key order, so a table a later migration adds
 * is copied without a change here. The source is read in one snapshot transaction, the target
 * written in one transaction: it ends up a full copy of one moment of the source, or as it was.
 */
public final class DatabaseCopy {

    /** Tables a new database already fills (V7 seeds the history's id counter): they do not make a target "not empty". */
    private static final Set<String> SEEDED_BY_MIGRATIONS = Set.of("history_counter");
    /** Rows per INSERT: well under both dialects' limit on bound values for the widest table. */
    private static final int CHUNK = 500;

    private DatabaseCopy() {
    }

    /** The number of rows per table, in copy order, as counted in the target after the copy. */
    public record Report(Map<String, Integer> rows) {
        public int total() {
            return rows.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /**
     * @param replace delete what the target holds first; without it a target holding any row is refused
     * @throws DatabaseException for a non-empty target without {@code replace}, or counts that differ after the copy
     */
    public static Report copy(Database source, Database target, boolean replace) {
        List<Table<?>> tables = inForeignKeyOrder(DefaultSchema.DEFAULT_SCHEMA.getTables());
        Map<String, Integer> nonEmpty = counts(target.dsl(), tables);
        nonEmpty.values().removeIf(count -> count == 0);
        nonEmpty.keySet().removeAll(SEEDED_BY_MIGRATIONS);
        if (!nonEmpty.isEmpty() && !replace) {
            throw new DatabaseException("The target " + target.location() + " is not empty (" + describe(nonEmpty)
                    + "); nothing was copied. Add --replace to overwrite it.");
        }
        // The source is read in one transaction, a snapshot: a technician saving meanwhile on a team database
        // changes neither what is copied nor the counts it is compared with (a SQLite read transaction holds
        // its snapshot from its first read; PostgreSQL needs REPEATABLE READ for one).
        Map<String, Integer> original = source.dsl().transactionResult(snapshot -> {
            DSLContext from = DSL.using(snapshot);
            if (from.dialect().family() == SQLDialect.POSTGRES) {
                from.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            }
            Map<String, Integer> read = counts(from, tables);
            target.dsl().transaction(configuration -> {
                DSLContext into = DSL.using(configuration);
                List<Table<?>> childrenFirst = new ArrayList<>(tables);
                Collections.reverse(childrenFirst);
                for (Table<?> table : childrenFirst) {
                    into.deleteFrom(table).execute();
                }
                for (Table<?> table : tables) {
                    copyTable(from, into, table);
                }
                if (into.dialect().family() == SQLDialect.POSTGRES) {
                    continueIdentities(into, tables);
                }
            });
            return read;
        });
        Map<String, Integer> copied = counts(target.dsl(), tables);
        if (!copied.equals(original)) {
            throw new DatabaseException("The copy in " + target.location() + " does not match " + source.location() + ": "
                    + describe(copied) + " instead of " + describe(original));
        }
        return new Report(copied);
    }

    private static void copyTable(DSLContext from, DSLContext into, Table<?> table) {
        try (var rows = from.selectFrom(table).orderBy(table.getPrimaryKey() == null ? List.of() : table.getPrimaryKey().getFields())
                .fetchSize(CHUNK).fetchLazy()) {
            while (rows.hasNext()) {
                Result<? extends Record> chunk = rows.fetchNext(CHUNK);
                var insert = into.insertInto(table).columns(table.fields());
                for (Record row : chunk) {
                    insert = insert.values(row.intoList());
                }
                insert.execute();
            }
        }
    }

    /** Ids were copied as they are: PostgreSQL's identity sequences continue after the highest one. */
    private static void continueIdentities(DSLContext into, List<Table<?>> tables) {
        for (Table<?> table : tables) {
            if (table.field("id") != null && table.field("id").getDataType().isNumeric()) {
                into.execute("SELECT setval(pg_get_serial_sequence({0}, 'id'), coalesce(max(id), 0) + 1, false) FROM " + table.getName(),
                        DSL.inline(table.getName()));
            }
        }
    }

    private static Map<String, Integer> counts(DSLContext dsl, List<Table<?>> tables) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Table<?> table : tables) {
            counts.put(table.getName(), dsl.fetchCount(table));
        }
        return counts;
    }

    private static String describe(Map<String, Integer> counts) {
        List<String> parts = new ArrayList<>();
        counts.forEach((table, count) -> parts.add(table + " " + count));
        return String.join(", ", parts);
    }

    /** Parents before children: a table comes after every table its foreign keys point to. */
    static List<Table<?>> inForeignKeyOrder(List<Table<?>> tables) {
        List<Table<?>> ordered = new ArrayList<>();
        List<Table<?>> left = new ArrayList<>(tables);
        while (!left.isEmpty()) {
            Table<?> next = left.stream().filter(table -> table.getReferences().stream().map(ForeignKey::getKey)
                    .allMatch(key -> key.getTable().equals(table) || ordered.contains(key.getTable())))
                    .findFirst().orElseThrow(() -> new IllegalStateException("Circular foreign keys among " + left));
            ordered.add(next);
            left.remove(next);
        }
        return ordered;
    }
}
