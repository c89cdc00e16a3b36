package ch.mailbench.persistence;

import ch.mailbench.core.port.PostgresAddress;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Opens a team database on PostgreSQL through a small HikariCP pool: the same migrations as a file
 * (those of {@code db/migration/common} and {@code db/migration/postgresql}), the same repositories.
 * A database that holds other tables and no Mailbench history is refused before anything is written,
 * as a foreign SQLite file is. No automatic copy is written before an upgrade: backing up a server
 * is its administrator's job (pg_dump), and {@code copy-db} copies it into a file.
 */
final class PostgresDatabase {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresDatabase.class);
    /** A console and a few background tasks; every technician has their own pool, the server's limit is shared. */
    private static final int POOL_SIZE = 4;
    private static final long CONNECT_TIMEOUT_MILLIS = 15_000;
    private static final String FIRST_MIGRATION = "customers domains mailboxes";

    private PostgresDatabase() {
    }

    static Database open(PostgresAddress address) {
        HikariDataSource pool = pool(address);
        try {
            Optional<Database> current = openIfCurrent(address, pool);
            if (current.isPresent()) {
                return current.get();
            }
            recognize(address, pool);
            Flyway flyway = Flyway.configure(PostgresDatabase.class.getClassLoader())
                    .dataSource(pool)
                    .locations(Database.migrationLocations(SQLDialect.POSTGRES).toArray(String[]::new))
                    .failOnMissingLocations(true)
                    .load();
            MigrationInfoService info = flyway.info();
            Database.refuseNewerSchema(address.shownAs(), info);
            if (info.pending().length > 0 && info.applied().length > 0) {
                LOG.info("Upgrading the team database {}; back it up on the server beforehand (pg_dump)", address);
            }
            flyway.migrate();
            return database(address, pool);
        } catch (DatabaseException e) {
            pool.close();
            throw e;
        } catch (RuntimeException e) {
            pool.close();
            throw new DatabaseException("Could not open the team database " + address + ": " + Database.rootMessage(e), e);
        }
    }

    private static Database database(PostgresAddress address, HikariDataSource pool) {
        return new Database(address, pool, SQLDialect.POSTGRES, new ConnectionFailures(address), Optional.empty(), pool);
    }

    /** The driver's URL; no password: pgJDBC reads {@code PGPASSFILE}/{@code ~/.pgpass} itself. */
    static String jdbcUrl(PostgresAddress address) {
        StringBuilder url = new StringBuilder("jdbc:postgresql://").append(address.host().contains(":") ? "[" + address.host() + "]" : address.host())
                .append(':').append(address.port()).append('/').append(address.database())
                .append("?sslmode=").append(address.sslMode().text()).append("&ApplicationName=Mailbench");
        // Without a CA file, verify against the JDK's trust store (public CAs of managed services) rather than
        // pgJDBC's ~/.postgresql/root.crt, which most technicians do not have.
        address.sslRootCert().ifPresentOrElse(file -> url.append("&sslrootcert=").append(file),
                () -> url.append("&sslfactory=org.postgresql.ssl.DefaultJavaSSLFactory"));
        return url.toString();
    }

    private static HikariDataSource pool(PostgresAddress address) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("mailbench " + address.shortName());
        config.setJdbcUrl(jdbcUrl(address));
        config.setUsername(address.user());
        // No password here: pgJDBC reads PGPASSFILE or ~/.pgpass itself when none is given.
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(CONNECT_TIMEOUT_MILLIS);
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new DatabaseException("Cannot connect to the team database " + address + ": " + connectFailure(e), e);
        }
    }

    /** The driver's sentence, with what to do when the server wants a password Mailbench was not given. */
    private static String connectFailure(Throwable e) {
        String cause = Database.rootMessage(e);
        if (cause != null && cause.contains("no password was provided")) {
            return cause + " Put the password into ~/.pgpass (or the file PGPASSFILE names): host:port:database:user:password,"
                    + " readable only by you.";
        }
        return cause;
    }

    /** Like a file already at the current version: no Flyway (seconds of class loading and scanning). */
    private static Optional<Database> openIfCurrent(PostgresAddress address, HikariDataSource pool) {
        try (Connection connection = pool.getConnection();
             Statement statement = connection.createStatement();
             ResultSet history = statement.executeQuery(
                     "SELECT max(CAST(version AS INTEGER)), count(DISTINCT version), bool_and(success)"
                             + " FROM flyway_schema_history WHERE version IS NOT NULL")) {
            if (history.next() && history.getInt(1) == Database.CURRENT_SCHEMA_VERSION
                    && history.getInt(2) == Database.CURRENT_SCHEMA_VERSION && history.getBoolean(3)) {
                return Optional.of(database(address, pool));
            }
        } catch (SQLException e) {
            LOG.debug("No fast start for {}: {}", address, e.getMessage());
        }
        return Optional.empty();
    }

    /** An empty schema, or one with Mailbench's history: anything else is another program's and stays untouched. */
    private static void recognize(PostgresAddress address, HikariDataSource pool) {
        try (Connection connection = pool.getConnection()) {
            List<String> tables = tables(connection);
            if (tables.isEmpty() || isMailbench(connection, tables)) {
                return;
            }
            throw new DatabaseException("The database " + address + " holds tables of another program (" + String.join(", ",
                    tables.subList(0, Math.min(5, tables.size()))) + "); Mailbench needs an empty database of its own."
                    + " Nothing was changed.");
        } catch (SQLException e) {
            throw new DatabaseException("Cannot read the team database " + address + ": " + e.getMessage(), e);
        }
    }

    /** The tables of the connection's current schema. */
    static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    /** True when {@code tables} include Flyway's history of Mailbench's own first migration. */
    static boolean isMailbench(Connection connection, List<String> tables) throws SQLException {
        if (!tables.contains("flyway_schema_history")) {
            return false;
        }
        try (Statement statement = connection.createStatement();
             ResultSet first = statement.executeQuery("SELECT description FROM flyway_schema_history WHERE version = '1'")) {
            return first.next() && FIRST_MIGRATION.equals(first.getString(1));
        }
    }

    /** A statement that fails because the server went away says so in words, naming the server. */
    private static final class ConnectionFailures implements ExecuteListener {

        private static final long serialVersionUID = 1L;
        private final String address;

        ConnectionFailures(PostgresAddress address) {
            this.address = address.shownAs();
        }

        @Override
        public void exception(ExecuteContext context) {
            SQLException failure = context.sqlException();
            if (failure != null && failure.getSQLState() != null && failure.getSQLState().startsWith("08")) {
                context.exception(new DatabaseException("Lost the connection to the team database " + address + ": "
                        + failure.getMessage(), failure));
            }
        }
    }
}
