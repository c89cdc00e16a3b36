package ch.mailbench.persistence;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Names compared and sorted regardless of case, in each dialect's way: SQLite's {@code COLLATE NOCASE}
 * (which its unique index on customer names uses), PostgreSQL's {@code lower(…)} (its index is on
 * {@code lower(name)}), sorted bytewise there too so both list in the same order for ASCII names.
 */
final class CaseInsensitive {

    private CaseInsensitive() {
    }

    static Condition equal(DSLContext dsl, Field<String> field, String value) {
        return postgres(dsl) ? DSL.lower(field).eq(DSL.lower(DSL.val(value))) : field.collate("NOCASE").eq(value);
    }

    static SortField<String> ascending(DSLContext dsl, Field<String> field) {
        return postgres(dsl) ? DSL.lower(field).collate(DSL.collation(DSL.quotedName("C"))).asc() : field.collate("NOCASE").asc();
    }

    private static boolean postgres(DSLContext dsl) {
        return dsl.dialect().family() == SQLDialect.POSTGRES;
    }
}
