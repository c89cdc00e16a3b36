package ch.mailbench.persistence;

import ch.mailbench.core.port.PostgresAddress;
import ch.mailbench.core.port.TeamDatabaseProbe;

import javax.net.ssl.SSLException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;

/**
 * Tests a team database address with one plain connection (no pool, no Flyway), the way
 * {@link PostgresDatabase} connects: same URL, same TLS settings, the password from
 * PGPASSFILE/~/.pgpass by the driver. Reads which tables are there; writes nothing.
 */
public final class PostgresProbe implements TeamDatabaseProbe {

    /** Seconds for the TCP connection and for the log-in each: a test should answer while the technician waits. */
    private static final int TIMEOUT_SECONDS = 10;

    @Override
    public Result probe(PostgresAddress address) {
        Properties properties = new Properties();
        properties.setProperty("user", address.user());
        properties.setProperty("connectTimeout", Integer.toString(TIMEOUT_SECONDS));
        properties.setProperty("loginTimeout", Integer.toString(TIMEOUT_SECONDS));
        try (Connection connection = DriverManager.getConnection(PostgresDatabase.jdbcUrl(address), properties)) {
            List<String> tables = PostgresDatabase.tables(connection);
            if (tables.isEmpty()) {
                return new Result(Verdict.EMPTY, "");
            }
            return PostgresDatabase.isMailbench(connection, tables) ? new Result(Verdict.MAILBENCH, "")
                    : new Result(Verdict.FOREIGN_SCHEMA, String.join(", ", tables.subList(0, Math.min(5, tables.size()))));
        } catch (SQLException e) {
            return new Result(verdict(e), Database.rootMessage(e));
        }
    }

    /** Sorts the driver's failure by what the technician can do about it. */
    static Verdict verdict(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("no password was provided")) {
            return Verdict.NO_PASSWORD;
        }
        if (state.equals("28P01") || state.equals("28000")) {
            return Verdict.AUTH_FAILED;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SSLException || cause instanceof CertificateException) {
                return Verdict.TLS_NOT_VERIFIED;
            }
            if (cause instanceof ConnectException || cause instanceof UnknownHostException || cause instanceof NoRouteToHostException
                    || cause instanceof SocketTimeoutException) {
                return Verdict.UNREACHABLE;
            }
        }
        if (message.contains("does not support SSL") || message.contains("SSL")) {
            return Verdict.TLS_NOT_VERIFIED;
        }
        if (state.startsWith("08")) {
            return Verdict.UNREACHABLE;
        }
        return Verdict.REFUSED;
    }
}
