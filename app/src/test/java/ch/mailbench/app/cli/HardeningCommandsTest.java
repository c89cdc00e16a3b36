package ch.mailbench.app.cli;

import ch.mailbench.app.AppFactory;
import ch.mailbench.core.io.testing.ScratchDisk;
import ch.mailbench.core.vault.VaultState;
import ch.mailbench.persistence.DatabaseLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
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
    Path home;

    private final Map<String, String> environment = new HashMap<>();
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private AppFactory factory() {
        return new AppFactory(new DatabaseLocation(Map.of(), "Linux", home), Clock.systemUTC(), environment, 1_000);
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        AppFactory factory = factory();
        return new MailbenchCommand(factory, UnusedConsole.launcher(factory),
                new CliOutput(new PrintWriter(out, true), new PrintWriter(err, true))).execute(args);
    }

    private Path db() {
        return home.resolve("m.db");
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(home.resolve(name), text, StandardCharsets.UTF_8);
    }

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
        environment.put("MAILBENCH_MASTER_PASSWORD", "P\uFFFDssw\uFFFDrd-123");

        assertThat(run("import", write("in.csv", WITH_PASSWORD).toString(), "--db", db().toString())).isEqualTo(2);

        assertThat(err.toString()).contains("MAILBENCH_MASTER_PASSWORD could not be decoded", "UTF-8 locale", "--master-password-file");
        assertThat(factory().open(db()).vault().state()).isEqualTo(VaultState.NOT_SET_UP);
    }

    @Test
    void aMasterPasswordFileThatIsNotUtf8IsRefused() throws Exception {
        Path latin1 = Files.write(home.resolve("master.pw"), "P\u00e4sswort-123\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(run("import", write("in.csv", WITH_PASSWORD).toString(), "--master-password-file", latin1.toString(),
                "--db", db().toString())).isEqualTo(2);

        assertThat(err.toString()).contains("master.pw is not UTF-8 text");
        assertThat(factory().open(db()).vault().state()).isEqualTo(VaultState.NOT_SET_UP);
    }

    // Item 3

    @Test
    void commandsThatOnlyReadPasswordsNeverCreateAVault() throws Exception {
        run("import", write("in.csv", "customer,email\nA,a@a.ch\n").toString(), "--db", db().toString());
        environment.put("MAILBENCH_MASTER_PASSWORD", "a typo in the environment");

        assertThat(run("export", home.resolve("out.csv").toString(), "--include-passwords", "--db", db().toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("mailbench: No passwords are stored in this database.\n");
        assertThat(run("profile", "--mailbox", "a@a.ch", "--format", "mobileconfig", "--include-password",
                "--out", home.resolve("a.mobileconfig").toString(), "--db", db().toString())).isEqualTo(2);
        assertThat(err.toString()).contains("No password is stored for a@a.ch");

        assertThat(factory().open(db()).vault().state()).isEqualTo(VaultState.NOT_SET_UP);
        assertThat(home.resolve("out.csv")).doesNotExist();
    }

    // Item 4

    @Test
    void theDatabaseItsJournalAndBackupsAreOwnerOnly() throws Exception {
        environment.put("MAILBENCH_MASTER_PASSWORD", "correct horse battery");
        assertThat(run("import", write("in.csv", WITH_PASSWORD).toString(), "--db", db().toString())).isZero();
        try (Connection holder = DriverManager.getConnection("jdbc:sqlite:" + db())) {
            // An open connection keeps the -wal and -shm files in place.
            holder.createStatement().executeQuery("SELECT count(*) FROM customer").close();
            assertThat(permissions(db())).isEqualTo("rw-------");
            assertThat(permissions(Path.of(db() + "-wal"))).isEqualTo("rw-------");
            assertThat(permissions(Path.of(db() + "-shm"))).isEqualTo("rw-------");
        }

        assertThat(run("backup", home.resolve("copy.db").toString(), "--db", db().toString())).isZero();
        assertThat(permissions(home.resolve("copy.db"))).isEqualTo("rw-------");
    }

    // Item 5

    @Test
    void aBackupThatFailsKeepsThePreviousBackup() throws Exception {
        run("import", write("small.csv", csv(5, "s")).toString(), "--db", db().toString());
        try (ScratchDisk disk = ScratchDisk.mount(home.resolve("stick"), 512)) {
            Path backup = disk.folder().resolve("mailbench.bak");
            assertThat(run("backup", backup.toString(), "--db", db().toString())).isZero();
            String before = sha256(backup);
            run("import", write("big.csv", csv(3_000, "b")).toString(), "--db", db().toString());
            disk.fill();

            assertThat(run("backup", backup.toString(), "--db", db().toString())).isEqualTo(2);

            assertThat(err.toString()).startsWith("mailbench: Cannot write " + backup + ": the disk is full (");
            assertThat(sha256(backup)).isEqualTo(before);
            try (Stream<Path> files = Files.list(disk.folder())) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("mailbench.bak", "filler");
            }
        }
    }

    // Item 6

    @Test
    void outputsReplaceOnlyRegularFiles() throws Exception {
        run("import", write("in.csv", "customer,email\nA,a@a.ch\n").toString(), "--db", db().toString());
        Path folder = Files.createDirectory(home.resolve("empty"));
        Path fifo = home.resolve("pipe");
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();

        assertThat(run("sheet", "--mailbox", "a@a.ch", "--out", folder.toString(), "--db", db().toString())).isEqualTo(2);
        assertThat(err.toString()).contains("Cannot write " + folder + ": it is a folder");
        assertThat(run("export", fifo.toString(), "--db", db().toString())).isEqualTo(2);
        assertThat(err.toString()).contains("Cannot write " + fifo + ": it is not a regular file");
        assertThat(run("profile", "--domain", "a.ch", "--format", "autoconfig", "--out", fifo.toString(), "--db", db().toString())).isEqualTo(2);
        assertThat(run("backup", fifo.toString(), "--db", db().toString())).isEqualTo(2);
        assertThat(run("backup", db() + "-wal", "--db", db().toString())).isEqualTo(2);
        assertThat(err.toString()).contains("The backup cannot replace the database or its -wal/-shm files");
        assertThat(run("backup", db() + "-shm", "--db", db().toString())).isEqualTo(2);

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

        assertThat(run("info", "--db", foreign.toString())).isEqualTo(2);

        assertThat(err.toString()).contains(foreign.toString(), "this is not a Mailbench database").doesNotContain("upgrade");
        assertThat(sha256(foreign)).isEqualTo(before);
        assertThat(Path.of(foreign + "-wal")).doesNotExist();
    }

    // Items 10 and 11

    @Test
    void aReadOnlyDatabaseFileIsNamedAndStaysIntact() throws Exception {
        run("import", write("in.csv", "customer,email\nA,a@a.ch\n").toString(), "--db", db().toString());
        String before = sha256(db());
        makeReadOnly(db());
        try {
            assertThat(run("import", write("more.csv", csv(3, "m")).toString(), "--db", db().toString())).isEqualTo(2);

            assertThat(err.toString()).startsWith("mailbench: Cannot open the database " + db() + ": the file is read-only")
                    .doesNotContain("\tat ");
            assertThat(sha256(db())).isEqualTo(before);
        } finally {
            makeWritable(db());
        }
    }

    @Test
    void aDatabaseInAReadOnlyFolderSaysSo() throws Exception {
        try (ScratchDisk disk = ScratchDisk.mount(home.resolve("ro"), 1024)) {
            Path database = disk.folder().resolve("m.db");
            run("import", write("in.csv", "customer,email\nA,a@a.ch\n").toString(), "--db", database.toString());
            disk.makeReadOnly();

            assertThat(run("import", write("more.csv", csv(3, "m")).toString(), "--db", database.toString())).isEqualTo(2);

            assertThat(err.toString()).startsWith("mailbench: Cannot open the database " + database + ": its folder "
                    + disk.folder() + " is read-only").doesNotContain("not a Mailbench database");
        }
    }

    @Test
    void anImportOnAFullDiskSaysSoAndKeepsTheData() throws Exception {
        try (ScratchDisk disk = ScratchDisk.mount(home.resolve("small"), 1024)) {
            Path database = disk.folder().resolve("m.db");
            assertThat(run("import", write("in.csv", csv(5, "s")).toString(), "--db", database.toString())).isZero();
            disk.fill();

            assertThat(run("import", write("big.csv", csv(3_000, "b")).toString(), "--db", database.toString())).isEqualTo(2);

            assertThat(err.toString()).startsWith("mailbench: Cannot write to the database " + database + ": the disk is full")
                    .doesNotContain("\tat ");
            Files.delete(disk.folder().resolve("filler"));
            assertThat(run("info", "--db", database.toString())).isZero();
            assertThat(out.toString()).contains("Mailboxes: 5");
        }
    }

    @Test
    void exportAndSheetOnAFullDiskSaySo() throws Exception {
        run("import", write("in.csv", csv(200, "s")).toString(), "--db", db().toString());
        try (ScratchDisk disk = ScratchDisk.mount(home.resolve("small"), 64)) {
            disk.fill();
            Path csv = disk.folder().resolve("out.csv");
            Path pdf = disk.folder().resolve("s0.pdf");

            assertThat(run("export", csv.toString(), "--db", db().toString())).isEqualTo(2);
            assertThat(err.toString()).startsWith("mailbench: Cannot write " + csv + ": the disk is full (No space left on device)");
            assertThat(run("sheet", "--customer", "Customer s0", "--out", pdf.toString(), "--db", db().toString())).isEqualTo(2);
            assertThat(err.toString()).startsWith("mailbench: Cannot write " + pdf + ": the disk is full (No space left on device)");
        }
    }

    @Test
    void anUnwritableFolderIsNamedWithTheCause() throws Exception {
        run("import", write("in.csv", "customer,email\nA,a@a.ch\n").toString(), "--db", db().toString());
        try (ScratchDisk disk = ScratchDisk.mount(home.resolve("ro"), 64)) {
            disk.makeReadOnly();
            Path target = disk.folder().resolve("out.csv");

            assertThat(run("export", target.toString(), "--db", db().toString())).isEqualTo(2);

            assertThat(err.toString()).startsWith("mailbench: Cannot write " + target + ": the disk or folder is read-only (Read-only file system)");
        }
    }

    @Test
    void aWriterThatKeepsTheDatabaseBusyGetsASentence() throws Exception {
        run("import", write("in.csv", "customer,email\nA,a@a.ch\n").toString(), "--db", db().toString());
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db()); Statement statement = other.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");

            assertThat(run("import", write("more.csv", csv(3, "m")).toString(), "--db", db().toString())).isEqualTo(2);

            assertThat(err.toString()).startsWith("mailbench: Another program is writing to the database " + db()
                    + "; try again when it has finished").doesNotContain("\tat ");
            statement.execute("ROLLBACK");
        }
        assertThat(run("info", "--db", db().toString())).isZero();
        assertThat(out.toString()).contains("Mailboxes: 1");
    }

    @Test
    void concurrentImportsWaitForEachOther() throws Exception {
        run("info", "--db", db().toString());
        List<Path> files = IntStream.range(0, 4).mapToObj(i -> {
            try {
                return write("part" + i + ".csv", csv(1_500, "p" + i + "x"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();

        List<CompletableFuture<Integer>> imports = files.stream().map(file -> CompletableFuture.supplyAsync(() -> {
            AppFactory factory = factory();
            StringWriter sink = new StringWriter();
            return new MailbenchCommand(factory, UnusedConsole.launcher(factory),
                    new CliOutput(new PrintWriter(sink, true), new PrintWriter(sink, true))).execute("import", file.toString(), "--db", db().toString());
        })).toList();

        assertThat(imports.stream().map(CompletableFuture::join)).containsOnly(0);
        assertThat(run("info", "--db", db().toString())).isZero();
        assertThat(out.toString()).contains("Mailboxes: 6000");
    }

    // Item 12

    @Test
    void aMissingMasterPasswordFileNamesTheCause() throws Exception {
        assertThat(run("import", write("in.csv", WITH_PASSWORD).toString(), "--master-password-file", home.resolve("nope.pw").toString(),
                "--db", db().toString())).isEqualTo(2);

        assertThat(err.toString()).isEqualTo("mailbench: Cannot read the master password file " + home.resolve("nope.pw")
                + ": No such file or directory\n");
    }

    // Item 14

    @Test
    void theDatabaseArgumentIsAPathNeverAUri() throws Exception {
        Path odd = home.resolve("q?journal_mode=DELETE.db");

        assertThat(run("info", "--db", odd.toString())).isZero();

        assertThat(out.toString()).contains("Database:  " + odd);
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
