package ch.mailbench.persistence;

import ch.mailbench.core.port.PostgresAddress;
import ch.mailbench.core.port.DatabaseAddress;
import ch.mailbench.core.io.AtomicFile;
import ch.mailbench.core.io.OutputFileException;
import ch.mailbench.core.port.StoreFile;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;
import org.jooq.DSLContext;
import org.jooq.ExecuteListener;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.SQLDataType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteOpenMode;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An open Mailbench database, a SQLite file or a team database on PostgreSQL
 * ({@link PostgresDatabase}): created on first use, upgraded (after a backup copy of a file) when
 * this version knows newer migrations, refused untouched when a newer Mailbench wrote it.
 * The same migrations and repositories serve both; jOOQ renders each dialect.
 *
 * <p>Over 400 lines on purpose: open, migrate (a backup first, a newer schema refused) and back up
 * are one file's life cycle and share the SQLite connection details that stay private here.
 */
public final class Database implements StoreFile, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    /**
     * How long a writer waits for another one (another Mailbench, a command-line import, a backup)
     * before it gives up with a sentence: imports of a few thousand lines take seconds each.
     */
    private static final int BUSY_TIMEOUT_MILLIS = 20_000;
    /** "MBNC" in {@code PRAGMA application_id}: marks the file as a Mailbench database for us and for file(1). */
    static final int APPLICATION_ID = 0x4D424E43;
    private static final DateTimeFormatter BACKUP_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final String AUTOMATIC_BACKUP_INFIX = ".before-upgrade-";
    /** How many automatic pre-upgrade copies stay beside the database; older ones are deleted. */
    public static final int KEPT_AUTOMATIC_BACKUPS = 5;

    /**
     * The newest migration in db/migration, whose versions run 1..N without gaps; DatabaseTest fails
     * when a migration is added without raising it.
     */
    static final int CURRENT_SCHEMA_VERSION = 8;

    private final DatabaseAddress address;
    private final DataSource dataSource;
    private final SQLDialect dialect;
    private final ExecuteListener failures;
    private final Optional<Path> preMigrationBackup;
    private final AutoCloseable connections;
    /** Made on first use: jOOQ's set-up loads some 600 classes, which the start-up's customer list does without. */
    private volatile DSLContext dsl;

    private Database(Path file, SQLiteDataSource dataSource, Optional<Path> preMigrationBackup) {
        this(new DatabaseAddress.SqliteFile(file), dataSource, SQLDialect.SQLITE, new StatementFailures(file), preMigrationBackup,
                () -> { });
    }

    /** @param connections closed with the database: the PostgreSQL pool; nothing for a file */
    Database(DatabaseAddress address, DataSource dataSource, SQLDialect dialect, ExecuteListener failures,
             Optional<Path> preMigrationBackup, AutoCloseable connections) {
        this.address = address;
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.failures = failures;
        this.preMigrationBackup = preMigrationBackup;
        this.connections = connections;
    }

    /**
     * Opens (creating or upgrading) the database at {@code address}: a file, or a team database on a
     * PostgreSQL server.
     *
     * @throws DatabaseException with a message for the user when the database cannot be used
     */
    public static Database open(DatabaseAddress address, Clock clock) {
        if (address instanceof PostgresAddress server) {
            return PostgresDatabase.open(server);
        }
        return open(((DatabaseAddress.SqliteFile) address).file(), clock);
    }

    /** The Flyway locations for a dialect: the scripts both share, and those written for it alone. */
    static List<String> migrationLocations(SQLDialect dialect) {
        String own = dialect.family() == SQLDialect.POSTGRES ? "postgresql" : "sqlite";
        return List.of("classpath:db/migration/common", "classpath:db/migration/" + own);
    }

    /**
     * Opens (creating or upgrading) the database at {@code file}.
     *
     * @throws DatabaseException with a message for the user when the file cannot be used
     */
    public static Database open(Path file, Clock clock) {
        Path absolute = file.toAbsolutePath();
        DatabaseFile.prepare(absolute);
        if (Files.isRegularFile(absolute)) {
            Optional<Database> current = openIfCurrent(absolute);
            if (current.isPresent()) {
                return current.get();
            }
        }
        return open(file, clock, migrationLocations(SQLDialect.SQLITE));
    }

    /**
     * The start-up fast path: a file already at {@link #CURRENT_SCHEMA_VERSION} with no failed
     * migration needs nothing from Flyway, whose loading and classpath scan cost seconds on a cold
     * start. Anything else (new, older, newer, damaged) takes the full path, which explains itself.
     */
    private static Optional<Database> openIfCurrent(Path file) {
        SQLiteDataSource dataSource = dataSource(file, false);
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet history = statement.executeQuery(
                     "SELECT max(CAST(version AS INTEGER)), count(DISTINCT version), min(success)"
                             + " FROM flyway_schema_history WHERE version IS NOT NULL")) {
            // Versions are numbered 1..N without gaps, so N applied and the newest being N means all applied.
            if (history.next() && history.getInt(1) == CURRENT_SCHEMA_VERSION && history.getInt(2) == CURRENT_SCHEMA_VERSION
                    && history.getInt(3) == 1) {
                return Optional.of(new Database(file, dataSource, Optional.empty()));
            }
        } catch (SQLException e) {
            LOG.debug("No fast start for {}: {}", file, e.getMessage());
        }
        return Optional.empty();
    }

    /** Opens with other migration locations: lets tests play a later version of Mailbench. */
    static Database open(Path file, Clock clock, List<String> migrationLocations) {
        Path absolute = file.toAbsolutePath();
        DatabaseFile.prepare(absolute);
        SQLiteDataSource dataSource = dataSource(absolute, true);
        Flyway flyway = Flyway.configure(Database.class.getClassLoader())
                .dataSource(dataSource)
                .locations(migrationLocations.toArray(String[]::new))
                .failOnMissingLocations(true)
                .load();
        MigrationInfoService info;
        try {
            info = flyway.info();
        } catch (RuntimeException e) {
            Optional<DatabaseException> storage = StorageFailures.describe(absolute, e)
                    .filter(failure -> !failure.getMessage().contains("damaged") && !failure.getMessage().contains(" reported "));
            if (storage.isPresent()) {
                throw storage.get();
            }
            throw new DatabaseException("Cannot open " + absolute + ": it is not a Mailbench database, or it is damaged ("
                    + rootMessage(e) + "). The file was not changed.", e);
        }
        refuseNewerSchema(absolute.toString(), info);
        Optional<Path> backup = Optional.empty();
        if (info.pending().length > 0 && info.applied().length > 0) {
            backup = Optional.of(backUp(absolute, dataSource, clock));
        }
        try {
            flyway.migrate();
            markAsMailbench(dataSource);
        } catch (RuntimeException e) {
            String cause = StorageFailures.describe(absolute, e).map(Throwable::getMessage).orElse(e.getMessage());
            throw new DatabaseException("Could not upgrade the database " + absolute + ": " + cause
                    + backup.map(b -> ". A copy from before the upgrade is at " + b).orElse(""), e);
        }
        return new Database(absolute, dataSource(absolute, false), backup);
    }

    public DSLContext dsl() {
        DSLContext made = dsl;
        if (made == null) {
            synchronized (this) {
                made = dsl;
                if (made == null) {
                    made = DSL.using(new DefaultConfiguration().set(dataSource).set(dialect)
                            .set(new Settings().withExecuteLogging(false)).set(failures));
                    dsl = made;
                }
            }
        }
        return made;
    }

    SQLDialect dialect() {
        return dialect;
    }

    /**
     * Plain JDBC on a connection of its own, for the reads on the start-up path that must not wait
     * for jOOQ; failures inside SQLite become the same sentences as jOOQ's (see {@link StatementFailures}).
     */
    <T> T read(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.apply(connection);
        } catch (SQLException e) {
            throw file().flatMap(file -> StorageFailures.describe(file, e))
                    .orElseGet(() -> new DatabaseException("Cannot read the database " + address.shownAs() + ": " + e.getMessage(), e));
        }
    }

    /** Work on a JDBC connection. */
    @FunctionalInterface
    interface SqlWork<T> {
        T apply(Connection connection) throws SQLException;
    }

    /** The JDBC connections behind {@link #dsl()}: for copying a whole database with plain JDBC. */
    DataSource dataSource() {
        return dataSource;
    }

    public DatabaseAddress address() {
        return address;
    }

    @Override
    public Optional<Path> file() {
        return address instanceof DatabaseAddress.SqliteFile sqlite ? Optional.of(sqlite.file()) : Optional.empty();
    }

    @Override
    public String location() {
        return address.shownAs();
    }

    @Override
    public String shortName() {
        return address.shortName();
    }

    /** Closes the PostgreSQL connection pool; a file needs nothing. */
    @Override
    public void close() {
        try {
            connections.close();
        } catch (Exception e) {
            LOG.warn("Could not close the connections to {}: {}", address.shownAs(), e.getMessage());
        }
    }

    /** The copy written before this start's upgrade, if the database was upgraded. */
    public Optional<Path> preMigrationBackup() {
        return preMigrationBackup;
    }

    @Override
    public String schemaVersion() {
        Field<String> version = DSL.field(DSL.name("version"), SQLDataType.VARCHAR);
        // Versions are whole numbers: compared as numbers, so that 10 comes after 9.
        return dsl().select(DSL.max(version.cast(SQLDataType.INTEGER))).from(DSL.table(DSL.name("flyway_schema_history")))
                .where(DSL.field(DSL.name("success"), SQLDataType.BOOLEAN).isTrue()).fetchOne(0, String.class);
    }

    /**
     * A consistent copy while others may be writing: SQLite's {@code VACUUM INTO} a temporary file
     * beside {@code target}, checked ({@code PRAGMA integrity_check}) and only then moved over it,
     * owner-only. A failure leaves an existing backup at {@code target} as it was.
     *
     * @throws DatabaseException naming the target and the cause; {@link OutputFileException} for
     *                           a target that is not a regular file
     */
    @Override
    public void backUpTo(Path target) {
        Path file = file().orElseThrow(() -> new DatabaseException("A team database on a PostgreSQL server is backed up"
                + " on the server (pg_dump), or copied into a file with: mailbench copy-db --from " + address.shownAs()
                + " --to FILE"));
        Path absolute = target.toAbsolutePath().normalize();
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            if (absolute.equals(Path.of(file + suffix).normalize())) {
                throw new DatabaseException("The backup cannot replace the database or its -wal/-shm files (" + absolute
                        + "); choose another file");
            }
        }
        try (AtomicFile copy = AtomicFile.begin(absolute, AtomicFile.Access.OWNER_ONLY)) {
            vacuumInto((SQLiteDataSource) dataSource, copy.temporary(), absolute);
            requireIntact(copy.temporary(), absolute);
            copy.commit();
        }
    }

    private static void requireIntact(Path copy, Path target) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection connection = config.createConnection(url(copy));
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("PRAGMA integrity_check")) {
            String verdict = result.next() ? result.getString(1) : "no answer";
            if (!"ok".equals(verdict)) {
                throw new DatabaseException("The backup copy for " + target + " failed its check (" + verdict
                        + "); nothing was replaced");
            }
        } catch (SQLException e) {
            throw new DatabaseException("Cannot check the backup copy for " + target + ": " + e.getMessage() + "; nothing was replaced", e);
        }
    }

    /** Sets the application id on a file this version created or upgraded; a no-op once set. */
    private static void markAsMailbench(SQLiteDataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA application_id = " + APPLICATION_ID);
        } catch (SQLException e) {
            throw new DatabaseException("Cannot mark the database as a Mailbench database: " + e.getMessage(), e);
        }
    }

    /** The JDBC address of a path: a file URI, so that a '?' or '#' in the name stays part of the name. */
    static String url(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath().toUri();
    }

    /**
     * @param create whether a connection may create the file: only while it is set up. Once open, a file removed or
     *               moved away while Mailbench runs is not made anew, empty, by the next read (which would look as
     *               if every customer were gone, and take the next changes): the read fails and says so.
     */
    private static SQLiteDataSource dataSource(Path file, boolean create) {
        SQLiteConfig config = new SQLiteConfig();
        if (!create) {
            config.resetOpenMode(SQLiteOpenMode.CREATE);
        }
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        // IMMEDIATE takes the write lock at BEGIN, so two writers wait for each other (busy timeout)
        // instead of failing at once when a read transaction tries to become a write.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl(url(file));
        return dataSource;
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    static void refuseNewerSchema(String file, MigrationInfoService info) {
        MigrationVersion known = Arrays.stream(info.all())
                .filter(m -> m.getPhysicalLocation() != null && !m.getPhysicalLocation().isEmpty())
                .map(MigrationInfo::getVersion)
                .max(Comparator.naturalOrder())
                .orElse(MigrationVersion.EMPTY);
        Optional<MigrationVersion> newestApplied = Arrays.stream(info.applied())
                .map(MigrationInfo::getVersion)
                .max(Comparator.naturalOrder());
        if (newestApplied.isPresent() && newestApplied.get().compareTo(known) > 0) {
            throw new DatabaseException("The database " + file + " was written by a newer version of Mailbench (schema "
                    + newestApplied.get() + "; this version knows up to " + known
                    + "). Please update Mailbench. The database was not changed.");
        }
    }

    private static Path backUp(Path file, SQLiteDataSource dataSource, Clock clock) {
        String stamp = LocalDateTime.now(clock).format(BACKUP_STAMP);
        Path target = file.resolveSibling(file.getFileName() + AUTOMATIC_BACKUP_INFIX + stamp + ".bak");
        try (AtomicFile copy = AtomicFile.begin(target, AtomicFile.Access.OWNER_ONLY)) {
            vacuumInto(dataSource, copy.temporary(), target);
            copy.commit();
        }
        LOG.info("Backed up the database to {} before upgrading it", target);
        deleteOldAutomaticBackups(file);
        return target;
    }

    /** The stamp sorts by time, so the names sort oldest first. A copy that cannot be deleted only costs space. */
    private static void deleteOldAutomaticBackups(Path file) {
        String prefix = file.getFileName() + AUTOMATIC_BACKUP_INFIX;
        try (Stream<Path> siblings = Files.list(file.getParent())) {
            List<Path> backups = siblings.filter(p -> p.getFileName().toString().startsWith(prefix) && p.getFileName().toString().endsWith(".bak"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
            for (Path old : backups.subList(0, Math.max(0, backups.size() - KEPT_AUTOMATIC_BACKUPS))) {
                Files.deleteIfExists(old);
                LOG.info("Deleted the old automatic backup {}", old);
            }
        } catch (IOException e) {
            LOG.warn("Could not clean up old automatic backups beside {}: {}", file, e.getMessage());
        }
    }

    /** Copies into {@code file} (missing or empty); failures name {@code shownAs}, the file the user asked for. */
    private static void vacuumInto(SQLiteDataSource dataSource, Path file, Path shownAs) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("VACUUM INTO '" + file.toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            String cause = StorageFailures.sqliteCode(e).filter(code -> code.name().startsWith("SQLITE_FULL"))
                    .map(code -> "the disk is full (No space left on device)").orElse(e.getMessage());
            throw new DatabaseException("Cannot write " + shownAs + ": " + cause + ". Nothing was changed at " + shownAs.getFileName() + ".", e);
        }
    }
}
