package ch.mailbench.core.port;

/**
 * "Test connection" for a team database: connects once, as Mailbench would, and says what it found
 * without creating or changing anything. Slow (network, up to the connect timeout): never on the EDT.
 */
public interface TeamDatabaseProbe {

    /** What the test found, from the best case to the failures a technician can act on. */
    enum Verdict {
        /** Reached; the database holds Mailbench's tables. */
        MAILBENCH,
        /** Reached; the database is empty: connecting creates Mailbench's tables. */
        EMPTY,
        /** The database holds tables of another program: Mailbench would refuse it. */
        FOREIGN_SCHEMA,
        /** No server answered at that host and port (refused, unknown host, timed out). */
        UNREACHABLE,
        /** The server wants a password and neither PGPASSFILE nor ~/.pgpass has one for this address. */
        NO_PASSWORD,
        /** The server refused the user name or the password. */
        AUTH_FAILED,
        /** TLS was asked for and failed: the server offers none, or its certificate or name could not be verified. */
        TLS_NOT_VERIFIED,
        /** The server answered but refused for another reason (no such database, no permission …): see the detail. */
        REFUSED
    }

    /** @param detail the server's or driver's own sentence, for the technician to read or look up; never a password */
    record Result(Verdict verdict, String detail) {
    }

    Result probe(PostgresAddress address);
}
