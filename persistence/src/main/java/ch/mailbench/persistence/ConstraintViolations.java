package ch.mailbench.persistence;

import org.jooq.exception.IntegrityConstraintViolationException;

import java.util.Locale;

/** Tells a missing parent row (someone deleted it meanwhile) from a duplicate, in SQLite's and PostgreSQL's words. */
final class ConstraintViolations {

    /** PostgreSQL's SQLSTATE for foreign_key_violation. */
    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private ConstraintViolations() {
    }

    static boolean isForeignKeyViolation(IntegrityConstraintViolationException e) {
        return FOREIGN_KEY_VIOLATION.equals(e.sqlState())
                || e.getMessage() != null && e.getMessage().toUpperCase(Locale.ROOT).contains("FOREIGN KEY");
    }
}
