package ch.mailbench.app.cli;

import ch.mailbench.core.io.testing.ScratchDisk;
import ch.mailbench.core.vault.VaultState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12 on the command line, with real SQLite files, real file systems (a small tmpfs for a full
 * disk or a read-only disk when run as root) and real competing connections.
 */
class HardeningCommandsTest {

    private static final String WITH_PASSWORD = "customer,email,password\nA,a@a.ch,Secret-1\n";

    @TempDir
    Path folder;

    private final CommandLineHome home = new CommandLineHome(() -> folder);
    private final CommandRunner cli = new CommandRunner(home::factory);

    private static String csv(int count, String prefix) {
        return "customer,email,display_name,notes\n" + IntStream.range(0, count)
                .mapToObj(i -> "Customer " + prefix + (i / 10) + "," + prefix + i + "@" + prefix + (i / 10) + ".ch,Name " + i + "," + "n".repeat(200))
                .collect(Collectors.joining("\n")) + "\n";
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static String permissions(Path file) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    // Item 1

    @Test
    void aMasterPasswordThatLostCharactersInDecodingIsRefused() throws Exception {
        home.environment().put("MAILBENCH_MASTER_PASSWORD", "P\uFFFDssw\uFFFDrd-123");

        assertThat(cli.run("import", home.write("in.csv", WITH_PASSWORD).toString(), "--db", home.db().toString())).isEqualTo(2);

        assertThat(cli.err()).contains("MAILBENCH_MASTER_PASSWORD could not be decoded", "UTF-8 locale", "--master-password-file");
        assertThat(home.factory().open(home.db()).vault().state()).isEqualTo(VaultState.NOT_SET_UP);
    }

    @Test
    void aMasterPasswordFileThatIsNotUtf8IsRefused() throws Exception {
        Path latin1 = Files.write(home.resolve("master.pw"), "P\u00e4sswort-123\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(cli.run("import", home.write("in.csv", WITH_PASSWORD).toString(), "--master-password-file", latin1.toString(),
                "--db", home.db().toString())).isEqualTo(2);

        assertThat(cli.err()).contains("master.pw is not UTF-8 text");
        assertThat(home.factory().open(home.db()).vault().state()).isEqualTo(VaultState.NOT_SET_UP);
    }

    // Item 3

    @Test
    void commandsThatOnlyReadPasswordsNeverCreateAVault() throws Exception {
        cli.run("import", home.write("in.csv", "customer,email\nA,a@a.ch\n").toString(), "--db", home.db().toString());
        home.environment().put("MAILBENCH_MASTER_PASSWORD", "a typo in the environment");

        assertThat(cli.run("export", home.resolve("out.csv").toString(), "--include-passwords", "--db", home.db().toString())).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("mailbench: No passwords are stored in this database.\n");
        assertThat(cli.run("profile", "--mailbox", "a@a.ch", "--format", "mobileconfig", "--include-password",
                "--out", home.resolve("a.mobileconfig").toString(), "--db", home.db().toString())).isEqualTo(2);
        assertThat(cli.err()).contains("No password is stored for a@a.ch");

        assertThat(home.factory().open(home.db()).vault().state()).isEqualTo(VaultState.NOT_SET_UP);
        assertThat(home.resolve("out.csv")).doesNotExist();
    }

    // Item 4

    @Test
    void theDatabaseItsJournalAndBackupsAreOwnerOnly() throws Exception {
        home.environment().put("MAILBENCH_MASTER_PASSWORD", "correct horse battery");
        assertThat(cli.run("import", home.write("in.csv", WITH_PASSWORD).toString(), "--db", home.db().toString())).isZero();
        try (Connection holder = DriverManager.getConnection("jdbc:sqlite:" + home.db())) {
            // An open connection keeps the -wal and -shm files in place.
            holder.createStatement().executeQuery("SELECT count(*) FROM customer").close();
            assertThat(permissions(home.db())).isEqualTo("rw-------");
            assertThat(permissions(Path.of(home.db() + "-wal"))).isEqualTo("rw-------");
            assertThat(permissions(Path.of(home.db() + "-shm"))).isEqualTo("rw-------");
        }

        assertThat(cli.run("backup", home.resolve("copy.db").toString(), "--db", home.db().toString())).isZero();
        assertThat(permissions(home.resolve("copy.db"))).isEqualTo("rw-------");
    }

    // Item 5

    @Test
    void aBackupThatFailsKeepsThePreviousBackup() throws Exception {
        cli.run("import", home.write("small.csv", csv(5, "s")).toString(), "--db", home.db().toString());
        try (ScratchDisk disk = ScratchDisk.mount(home.resolve("stick"), 512)) {
            Path backup = disk.folder().resolve("mailbench.bak");
            assertThat(cli.run("backup", backup.toString(), "--db", home.db().toString())).isZero();
            String before = sha256(backup);
            cli.run("import", home.write("big.csv", csv(3_000, "b")).toString(), "--db", home.db().toString());
            disk.fill();

            assertThat(cli.run("backup", backup.toString(), "--db", home.db().toString())).isEqualTo(2);

            assertThat(cli.err()).startsWith("mailbench: Cannot write " + backup + ": the disk is full (");
            assertThat(sha256(backup)).isEqualTo(before);
            try (Stream<Path> files = Files.list(disk.folder())) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("mailbench.bak", "filler");
            }
        }
    }

    // Item 6

    @Test
    void outputsReplaceOnlyRegularFiles() throws Exception {
        cli.run("import", home.write("in.csv", "customer,email\nA,a@a.ch\n").toString(), "--db", home.db().toString());
        Path folder = Files.createDirectory(home.resolve("empty"));
        Path fifo = home.resolve("pipe");
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();

        assertThat(cli.run("sheet", "--mailbox", "a@a.ch", "--out", folder.toString(), "--db", home.db().toString())).isEqualTo(2);
        assertThat(cli.err()).contains("Cannot write " + folder + ": it is a folder");
        assertThat(cli.run("export", fifo.toString(), "--db", home.db().toString())).isEqualTo(2);
        assertThat(cli.err()).contains("Cannot write " + fifo + ": it is not a regular file");
        assertThat(cli.run("profile", "--domain", "a.ch", "--format", "autoconfig", "--out", fifo.toString(), "--db", home.db().toString())).isEqualTo(2);
        assertThat(cli.run("backup", fifo.toString(), "--db", home.db().toString())).isEqualTo(2);
        assertThat(cli.run("backup", home.db() + "-wal", "--db", home.db().toString())).isEqualTo(2);
        assertThat(cli.err()).contains("The backup cannot replace the database or its -wal/-shm files");
        assertThat(cli.run("backup", home.db() + "-shm", "--db", home.db().toString())).isEqualTo(2);

        assertThat(Files.isDirectory(folder)).isTrue();
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(Files.exists(fifo)).isTrue();
    }

    // Item 7

    @Test
    void anotherProgramsDatabaseIsRefusedUnchanged() throws Exception {
        Path foreign = home.resolve("other.sqlite");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + foreign); Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode=DELETE");
            statement.execute("CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT)");
            statement.execute("INSERT INTO notes(text) VALUES ('keep me')");
        }
        String before = sha256(foreign);

        assertThat(cli.run("info", "--db", foreign.toString())).isEqualTo(2);

        assertThat(cli.err()).contains(foreign.toString(), "this is not a Mailbench database").doesNotContain("upgrade");
        assertThat(sha256(foreign)).isEqualTo(before);
        assertThat(Path.of(foreign + "-wal")).doesNotExist();
    }

    // Items 10 and 11

    @Test
    void aReadOnlyDatabaseFileIsNamedAndStaysIntact() throws Exception {
        cli.run("import", home.write("in.csv", "customer,email\nA,a@a.ch\n").toString(), "--db", home.db().toString());
        String before = sha256(home.db());
        makeReadOnly(home.db());
        try {
            assertThat(cli.run("import", home.write("more.csv", csv(3, "m")).toString(), "--db", home.db().toString())).isEqualTo(2);

            assertThat(cli.err()).startsWith("mailbench: Cannot open the database " + home.db() + ": the file is read-only")
                    .doesNotContain("\tat ");
            assertThat(sha256(home.db())).isEqualTo(before);
        } finally {
            makeWritable(home.db());
        }
    }

    @Test
    void aDatabaseInAReadOnlyFolderSaysSo() throws Exception {
        try (ScratchDisk disk = ScratchDisk.mount(home.resolve("ro"), 1024)) {
            Path database = disk.folder().resolve("m.db");
            cli.run("import", home.write("in.csv", "customer,email\nA,a@a.ch\n").toString(), "--db", database.toString());
            disk.makeReadOnly();

            assertThat(cli.run("import", home.write("more.csv", csv(3, "m")).toString(), "--db", database.toString())).isEqualTo(2);

            assertThat(cli.err()).startsWith("mailbench: Cannot open the database " + database + ": its folder "
                    + disk.folder() + " is read-only").doesNotContain("not a Mailbench database");
        }
    }

    @Test
    void anImportOnAFullDiskSaysSoAndKeepsTheData() throws Exception {
        try (ScratchDisk disk = ScratchDisk.mount(home.resolve("small"), 1024)) {
            Path database = disk.folder().resolve("m.db");
            assertThat(cli.run("import", home.write("in.csv", csv(5, "s")).toString(), "--db", database.toString())).isZero();
            disk.fill();

            assertThat(cli.run("import", home.write("big.csv", csv(3_000, "b")).toString(), "--db", database.toString())).isEqualTo(2);

            assertThat(cli.err()).startsWith("mailbench: Cannot write to the database " + database + ": the disk is full")
                    .doesNotContain("\tat ");
            Files.delete(disk.folder().resolve("filler"));
            assertThat(cli.run("info", "--db", database.toString())).isZero();
            assertThat(cli.out()).contains("Mailboxes: 5");
        }
    }

    @Test
    void exportAndSheetOnAFullDiskSaySo() throws Exception {
        cli.run("import", home.write("in.csv", csv(200, "s")).toString(), "--db", home.db().toString());
        try (ScratchDisk disk = ScratchDisk.mount(home.resolve("small"), 64)) {
            disk.fill();
            Path csv = disk.folder().resolve("out.csv");
            Path pdf = disk.folder().resolve("s0.pdf");

            assertThat(cli.run("export", csv.toString(), "--db", home.db().toString())).isEqualTo(2);
            assertThat(cli.err()).startsWith("mailbench: Cannot write " + csv + ": the disk is full (No space left on device)");
            assertThat(cli.run("sheet", "--customer", "Customer s0", "--out", pdf.toString(), "--db", home.db().toString())).isEqualTo(2);
            assertThat(cli.err()).startsWith("mailbench: Cannot write " + pdf + ": the disk is full (No space left on device)");
        }
    }

    @Test
    void anUnwritableFolderIsNamedWithTheCause() throws Exception {
        cli.run("import", home.write("in.csv", "customer,email\nA,a@a.ch\n").toString(), "--db", home.db().toString());
        try (ScratchDisk disk = ScratchDisk.mount(home.resolve("ro"), 64)) {
            disk.makeReadOnly();
            Path target = disk.folder().resolve("out.csv");

            assertThat(cli.run("export", target.toString(), "--db", home.db().toString())).isEqualTo(2);

            assertThat(cli.err()).startsWith("mailbench: Cannot write " + target + ": the disk or folder is read-only (Read-only file system)");
        }
    }

    @Test
    void aWriterThatKeepsTheDatabaseBusyGetsASentence() throws Exception {
        cli.run("import", home.write("in.csv", "customer,email\nA,a@a.ch\n").toString(), "--db", home.db().toString());
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + home.db()); Statement statement = other.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");

            assertThat(cli.run("import", home.write("more.csv", csv(3, "m")).toString(), "--db", home.db().toString())).isEqualTo(2);

            assertThat(cli.err()).startsWith("mailbench: Another program is writing to the database " + home.db()
                    + "; try again when it has finished").doesNotContain("\tat ");
            statement.execute("ROLLBACK");
        }
        assertThat(cli.run("info", "--db", home.db().toString())).isZero();
        assertThat(cli.out()).contains("Mailboxes: 1");
    }

    @Test
    void concurrentImportsWaitForEachOther() throws Exception {
        cli.run("info", "--db", home.db().toString());
        List<Path> files = IntStream.range(0, 4).mapToObj(i -> {
            try {
                return home.write("part" + i + ".csv", csv(300, "p" + i + "x"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();

        // One runner per import: each is its own process, with its own output.
        List<CommandRunner> runners = files.stream().map(file -> new CommandRunner(home::factory)).toList();
        List<CompletableFuture<Integer>> imports = IntStream.range(0, files.size()).mapToObj(i -> CompletableFuture.supplyAsync(() ->
                runners.get(i).run("import", files.get(i).toString(), "--db", home.db().toString()))).toList();

        assertThat(imports.stream().map(CompletableFuture::join))
                .as(() -> runners.stream().map(CommandRunner::err).collect(Collectors.joining())).containsOnly(0);
        assertThat(cli.run("info", "--db", home.db().toString())).isZero();
        assertThat(cli.out()).contains("Mailboxes: 1200");
    }

    // Item 12

    @Test
    void aMissingMasterPasswordFileNamesTheCause() throws Exception {
        assertThat(cli.run("import", home.write("in.csv", WITH_PASSWORD).toString(), "--master-password-file", home.resolve("nope.pw").toString(),
                "--db", home.db().toString())).isEqualTo(2);

        assertThat(cli.err()).isEqualTo("mailbench: Cannot read the master password file " + home.resolve("nope.pw")
                + ": No such file or directory\n");
    }

    // Item 14

    @Test
    void theDatabaseArgumentIsAPathNeverAUri() throws Exception {
        Path odd = home.resolve("q?journal_mode=DELETE.db");

        assertThat(cli.run("info", "--db", odd.toString())).isZero();

        assertThat(cli.out()).contains("Database:  " + odd);
        assertThat(odd).isRegularFile();
        assertThat(home.resolve("q")).doesNotExist();
    }

    /** Root ignores permission bits, so as root the file is made immutable instead. */
    private static void makeReadOnly(Path file) throws Exception {
        if (ScratchDisk.isRoot()) {
            assertThat(new ProcessBuilder("chattr", "+i", file.toString()).inheritIO().start().waitFor()).isZero();
        } else {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r-----"));
        }
    }

    private static void makeWritable(Path file) throws Exception {
        if (ScratchDisk.isRoot()) {
            new ProcessBuilder("chattr", "-i", file.toString()).inheritIO().start().waitFor();
        } else {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
