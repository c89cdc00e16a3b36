package ch.mailbench.persistence;

import ch.mailbench.core.port.DuplicateException;
import ch.mailbench.core.port.StorageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:15:30Z"), ZoneOffset.UTC);
    private static final List<String> LATER_VERSION = List.of("classpath:db/migration/common", "classpath:db/migration/sqlite",
            "classpath:db/later-version");

    @TempDir
    Path folder;

    @Test
    void createsTheFileAndItsFolderOnFirstStart() {
        Path file = folder.resolve("deep/er/mailbench.db");

        Database database = Database.open(file, CLOCK);

        assertThat(file).exists();
        assertThat(database.schemaVersion()).isEqualTo("8");
        assertThat(database.preMigrationBackup()).isEmpty();
    }

    @Test
    void usesWriteAheadLoggingForeignKeysAndABusyTimeout() {
        Database database = Database.open(folder.resolve("m.db"), CLOCK);

        assertThat(database.dsl().fetchValue("PRAGMA journal_mode")).isEqualTo("wal");
        assertThat(database.dsl().fetchValue("PRAGMA foreign_keys").toString()).isEqualTo("1");
        assertThat(Integer.parseInt(database.dsl().fetchValue("PRAGMA busy_timeout").toString())).isPositive();
    }

    @Test
    void keepsDataAcrossReopening() {
        Path file = folder.resolve("m.db");
        TestData.customer(new JooqStore(Database.open(file, CLOCK)).repositories(), "Boulangerie Dupont");

        Database reopened = Database.open(file, CLOCK);

        assertThat(new JooqStore(reopened).repositories().customers().findAll())
                .extracting(c -> c.name()).containsExactly("Boulangerie Dupont");
        assertThat(reopened.preMigrationBackup()).isEmpty();
    }

    /** Removed (or moved away) while open: the next read says so instead of making the file anew, empty, where it was. */
    @Test
    void aFileRemovedWhileOpenIsNotMadeAnewByTheNextRead() throws Exception {
        Path file = folder.resolve("m.db");
        JooqStore store = new JooqStore(Database.open(file, CLOCK));
        TestData.customer(store.repositories(), "Garage Meier");
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(folder.resolve("m.db" + suffix));
        }

        assertThatThrownBy(() -> store.repositories().customers().findAll()).isInstanceOf(StorageException.class);
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void writesABackupBeforeUpgradingAndKeepsTheData() {
        Path file = folder.resolve("m.db");
        TestData.customer(new JooqStore(Database.open(file, CLOCK)).repositories(), "Garage Meier");

        Database upgraded = Database.open(file, CLOCK, LATER_VERSION);

        assertThat(upgraded.schemaVersion()).isEqualTo("9999");
        assertThat(upgraded.preMigrationBackup()).hasValueSatisfying(backup -> {
            assertThat(backup.getFileName().toString()).isEqualTo("m.db.before-upgrade-20261126-101530.bak");
            Database copy = Database.open(backup, CLOCK);
            assertThat(new JooqStore(copy).repositories().customers().findAll()).extracting(c -> c.name()).containsExactly("Garage Meier");
        });
        assertThat(new JooqStore(upgraded).repositories().customers().count()).isEqualTo(1);
    }

    @Test
    void keepsOnlyTheNewestAutomaticBackups() throws Exception {
        Path file = folder.resolve("m.db");
        Database.open(file, CLOCK).dsl().execute("SELECT 1");
        for (int i = 1; i <= 6; i++) {
            Files.writeString(folder.resolve("m.db.before-upgrade-20250101-00000" + i + ".bak"), "old copy " + i);
        }
        Path chosenByHand = Files.writeString(folder.resolve("m.db.mine.bak"), "not automatic");

        Database.open(file, CLOCK, LATER_VERSION);

        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.contains("before-upgrade")).sorted())
                    .containsExactly("m.db.before-upgrade-20250101-000003.bak", "m.db.before-upgrade-20250101-000004.bak",
                            "m.db.before-upgrade-20250101-000005.bak", "m.db.before-upgrade-20250101-000006.bak",
                            "m.db.before-upgrade-20261126-101530.bak");
        }
        assertThat(Database.KEPT_AUTOMATIC_BACKUPS).isEqualTo(5);
        assertThat(chosenByHand).exists();
    }

    @Test
    void refusesADatabaseWrittenByANewerVersionAndLeavesItUntouched() throws Exception {
        Path file = folder.resolve("m.db");
        Database.open(file, CLOCK, LATER_VERSION);
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> Database.open(file, CLOCK))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("newer version of Mailbench")
                .hasMessageContaining("schema 9999")
                .hasMessageContaining("not changed");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void refusesAFileThatIsNotADatabase() throws Exception {
        Path file = folder.resolve("notes.txt");
        Files.writeString(file, "this is not SQLite, just some notes that happen to be here ".repeat(20));

        assertThatThrownBy(() -> Database.open(file, CLOCK)).isInstanceOf(DatabaseException.class)
                .hasMessageContaining("not a Mailbench database");
        assertThat(Files.readString(file)).startsWith("this is not SQLite");
    }

    @Test
    void aStatementFailingInsideSqliteReachesCallersAsAStorageExceptionNamingTheFile() {
        Path file = folder.resolve("m.db");
        Database database = Database.open(file, CLOCK);

        assertThatThrownBy(() -> database.dsl().fetch("SELECT * FROM no_such_table"))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining(file.toAbsolutePath().toString())
                .hasMessageContaining("SQLITE_ERROR");
    }

    @Test
    void aDuplicateStaysADuplicateNotAStorageFailure() {
        Database database = Database.open(folder.resolve("m.db"), CLOCK);
        TestData.customer(new JooqStore(database).repositories(), "Cabinet Rossi");

        assertThatThrownBy(() -> TestData.customer(new JooqStore(database).repositories(), "Cabinet Rossi"))
                .isInstanceOf(DuplicateException.class);
    }

    @Test
    void backsUpAConsistentCopyOnRequest() {
        Database database = Database.open(folder.resolve("m.db"), CLOCK);
        TestData.customer(new JooqStore(database).repositories(), "Cabinet Rossi");
        Path copy = folder.resolve("backups/copy.db");

        database.backUpTo(copy);

        assertThat(new JooqStore(Database.open(copy, CLOCK)).repositories().customers().findAll())
                .extracting(c -> c.name()).containsExactly("Cabinet Rossi");
    }

    /** Each dialect gets every version exactly once: from common/, or from its own folder under the same file name. */
    @Test
    void bothDialectsHaveTheSameMigrations() throws Exception {
        assertThat(scripts("sqlite")).isEqualTo(scripts("postgresql"));
        assertThat(scripts("common")).doesNotContainAnyElementsOf(scripts("sqlite"));
    }

    private static List<String> scripts(String folder) throws Exception {
        try (var files = Files.list(Path.of("src/main/resources/db/migration", folder))) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theFastStartKnowsTheNewestMigration() throws Exception {
        List<Integer> versions = java.util.stream.Stream.concat(scripts("common").stream(), scripts("sqlite").stream())
                .map(name -> Integer.valueOf(name.replaceFirst("^V(\\d+)__.*", "$1")))
                .sorted().toList();
        int newest = versions.get(versions.size() - 1);

        assertThat(versions).as("migrations are numbered 1..N without gaps").isEqualTo(
                java.util.stream.IntStream.rangeClosed(1, newest).boxed().toList());
        assertThat(Database.CURRENT_SCHEMA_VERSION).isEqualTo(newest);
        Path file = folder.resolve("m.db");
        Database.open(file, CLOCK);
        assertThat(Database.open(file, CLOCK).schemaVersion()).isEqualTo(Integer.toString(newest));
    }
}
