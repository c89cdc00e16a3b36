package ch.mailbench.app.cli;

import ch.mailbench.app.AppFactory;
import ch.mailbench.app.Workbench;
import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.persistence.DatabaseLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code import}, {@code export} and {@code backup} on real database files. */
class DataCommandsTest {

    private static final String CSV = "customer;email;display_name;password;incoming_host\n"
            + "Boulangerie Dupont;marie@bakery-dupont.ch;Marie;Croissant-7fq9;mail.infomaniak.com\n"
            + "Garage Meier;info@garage-meier.ch;;;imap.bluewin.ch\n";

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

    @Test
    void importWithPasswordsNeedsTheMasterPasswordWhichNeverComesFromAnArgument() throws Exception {
        Path csv = write("in.csv", CSV);

        assertThat(run("import", csv.toString(), "--db", db().toString())).isEqualTo(2);
        assertThat(err.toString()).contains("in.csv has passwords", "MAILBENCH_MASTER_PASSWORD", "--master-password-file");
        assertThat(run("import", csv.toString(), "--master-password", "x", "--db", db().toString())).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown options: '--master-password'");

        environment.put("MAILBENCH_MASTER_PASSWORD", "correct horse battery");
        assertThat(run("import", csv.toString(), "--db", db().toString())).isZero();

        assertThat(out.toString()).contains("Imported: 2 new customer(s), 2 new domain(s), 2 new mailbox(es), 0 updated, 0 unchanged, 1 password(s) stored.");
        Workbench workbench = factory().open(db());
        workbench.vault().unlock("correct horse battery".toCharArray());
        long marie = workbench.store().repositories().mailboxes().findByAddress(EmailAddress.parse("marie@bakery-dupont.ch")).orElseThrow().id();
        assertThat(workbench.vault().password(marie)).hasValueSatisfying(p -> assertThat(p).containsExactly("Croissant-7fq9".toCharArray()));
    }

    @Test
    void aWrongMasterPasswordIsOneClearLine() throws Exception {
        Path csv = write("in.csv", CSV);
        environment.put("MAILBENCH_MASTER_PASSWORD", "correct horse battery");
        run("import", csv.toString(), "--db", db().toString());
        Path wrong = write("master.txt", "wrong horse battery\n");

        assertThat(run("import", csv.toString(), "--master-password-file", wrong.toString(), "--db", db().toString())).isEqualTo(2);

        assertThat(err.toString()).isEqualTo("mailbench: The master password is wrong; nothing was decrypted or changed\n");
    }

    @Test
    void aFileWithProblemsImportsNothingUnlessSkipInvalid() throws Exception {
        Path csv = write("bad.csv", "customer,email,incoming_port\nA,a@a.ch,\nB,b@b,\nC,c@c.ch,0\n");

        assertThat(run("import", csv.toString(), "--db", db().toString())).isEqualTo(1);
        assertThat(err.toString()).contains("Nothing was imported: 2 problem(s)",
                "Problem: line 3, column email: \"b@b\" is not a valid email address",
                "Problem: line 4, column incoming_port: a port is given but incoming_host is empty");
        assertThat(run("info", "--db", db().toString())).isZero();
        assertThat(out.toString()).contains("Mailboxes: 0");

        assertThat(run("import", csv.toString(), "--skip-invalid", "--db", db().toString())).isZero();
        assertThat(out.toString()).contains("1 new mailbox(es)", "Skipped line 3, column email");
    }

    @Test
    void exportWritesPasswordsOnlyWhenAskedAndOnlyForTheOwner() throws Exception {
        environment.put("MAILBENCH_MASTER_PASSWORD", "correct horse battery");
        run("import", write("in.csv", CSV).toString(), "--db", db().toString());
        Path plain = home.resolve("out.csv");
        Path withPasswords = home.resolve("secret.csv");

        assertThat(run("export", plain.toString(), "--db", db().toString())).isZero();
        assertThat(run("export", withPasswords.toString(), "--include-passwords", "--semicolon", "--db", db().toString())).isZero();

        assertThat(out.toString()).contains("Exported 2 mailbox(es) to " + withPasswords);
        assertThat(err.toString()).contains("holds passwords in plain text");
        assertThat(Files.readString(plain)).doesNotContain("Croissant").contains("marie@bakery-dupont.ch");
        assertThat(Files.readString(withPasswords)).contains(";Croissant-7fq9;");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(withPasswords))).isEqualTo("rw-------");
        try (var files = Files.list(home)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
    }

    @Test
    void exportWithPasswordsWithoutTheMasterPasswordWritesNothing() {
        Path target = home.resolve("secret.csv");

        assertThat(run("export", target.toString(), "--include-passwords", "--db", db().toString())).isEqualTo(2);

        assertThat(err.toString()).contains("--include-passwords decrypts the stored passwords: give the master password");
        assertThat(target).doesNotExist();
    }

    @Test
    void backupWritesACopyThatOpens() throws Exception {
        run("import", write("in.csv", "customer,email\nA,a@a.ch\n").toString(), "--db", db().toString());
        Path copy = home.resolve("backups/copy.db");

        assertThat(run("backup", copy.toString(), "--db", db().toString())).isZero();

        assertThat(out.toString()).contains("Backed up " + db() + " to " + copy);
        assertThat(run("info", "--db", copy.toString())).isZero();
        assertThat(out.toString()).contains("Mailboxes: 1");
        assertThat(run("backup", db().toString(), "--db", db().toString())).isEqualTo(2);
        assertThat(err.toString()).contains("cannot replace the database itself");
    }

    @Test
    void helpListsTheNewCommands() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("import", "export", "backup");
    }

    @Test
    void customersSetsTheSheetLanguageOfTheNamedCustomersAllOrNothing() throws Exception {
        run("import", write("in.csv", "customer,email,sheet_language\nBoulangerie Dupont,marie@bakery-dupont.ch,fr\n"
                + "Garage Meier,info@garage-meier.ch,fr\nCabinet Rossi,avv@rossi.ch,it\n").toString(), "--db", db().toString());

        assertThat(run("customers", "--set-sheet-language", "de", "--customer", "garage meier", "--customer", "Nobody",
                "--db", db().toString())).isEqualTo(2);
        assertThat(err.toString()).contains("No customer is called \"Nobody\"; nothing was changed");
        assertThat(run("customers", "--set-sheet-language", "deutsch", "--customer", "Garage Meier", "--db", db().toString())).isEqualTo(2);
        assertThat(err.toString()).contains("The sheet language must be one of fr, de, en, it");
        assertThat(run("customers", "--set-sheet-language", "de", "--db", db().toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--customer NAME (repeatable) or --all");

        assertThat(run("customers", "--set-sheet-language", "de", "--customer", "garage meier", "--customer", "Cabinet Rossi",
                "--db", db().toString())).isZero();
        assertThat(out.toString()).contains("de  Cabinet Rossi\nde  Garage Meier\nSheet language de for 2 customer(s)");

        assertThat(run("customers", "--db", db().toString())).isZero();
        assertThat(out.toString()).isEqualTo("fr  Boulangerie Dupont\nde  Cabinet Rossi\nde  Garage Meier\n3 customer(s)\n");
        assertThat(run("customers", "--set-sheet-language", "EN", "--all", "--db", db().toString())).isZero();
        assertThat(out.toString()).contains("Sheet language en for 3 customer(s)");
    }
}
