package ch.mailbench.app.cli;

import ch.mailbench.app.Workbench;
import ch.mailbench.core.model.EmailAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code import}, {@code export} and {@code backup} on real database files. */
class DataCommandsTest {

    private static final String CSV = "customer;email;display_name;password;incoming_host\n"
            + "Boulangerie Dupont;marie@bakery-dupont.ch;Marie;Croissant-7fq9;mail.infomaniak.com\n"
            + "Garage Meier;info@garage-meier.ch;;;imap.bluewin.ch\n";

    @TempDir
    Path folder;

    private final CommandLineHome home = new CommandLineHome(() -> folder);
    private final CommandRunner cli = new CommandRunner(home::factory);

    @Test
    void importWithPasswordsNeedsTheMasterPasswordWhichNeverComesFromAnArgument() throws Exception {
        Path csv = home.write("in.csv", CSV);

        assertThat(cli.run("import", csv.toString(), "--db", home.db().toString())).isEqualTo(2);
        assertThat(cli.err()).contains("in.csv has passwords", "MAILBENCH_MASTER_PASSWORD", "--master-password-file");
        assertThat(cli.run("import", csv.toString(), "--master-password", "x", "--db", home.db().toString())).isEqualTo(2);
        assertThat(cli.err()).contains("Unknown options: '--master-password'");

        home.environment().put("MAILBENCH_MASTER_PASSWORD", "correct horse battery");
        assertThat(cli.run("import", csv.toString(), "--db", home.db().toString())).isZero();

        assertThat(cli.out()).contains("Imported: 2 new customer(s), 2 new domain(s), 2 new mailbox(es), 0 updated, 0 unchanged, 1 password(s) stored.");
        Workbench workbench = home.factory().open(home.db());
        workbench.vault().unlock("correct horse battery".toCharArray());
        long marie = workbench.store().repositories().mailboxes().findByAddress(EmailAddress.parse("marie@bakery-dupont.ch")).orElseThrow().id();
        assertThat(workbench.vault().password(marie)).hasValueSatisfying(p -> assertThat(p).containsExactly("Croissant-7fq9".toCharArray()));
    }

    @Test
    void listAndInfoSayWhichMailboxesHaveAPasswordAndSinceWhen() throws Exception {
        home.environment().put("MAILBENCH_MASTER_PASSWORD", "correct horse battery");
        cli.run("import", home.write("in.csv", CSV).toString(), "--db", home.db().toString());
        Workbench workbench = home.factory().open(home.db());
        long marie = workbench.store().repositories().mailboxes().findByAddress(EmailAddress.parse("marie@bakery-dupont.ch")).orElseThrow().id();
        Instant setAt = workbench.store().repositories().secrets().setAt(marie).orElseThrow();
        String day = LocalDate.ofInstant(setAt, ZoneId.systemDefault()).toString();

        assertThat(cli.run("list", "--db", home.db().toString())).isZero();
        assertThat(cli.out()).containsPattern("(?m)^MAILBOX .* STATUS +PASSWORD +LAST CHECK$")
                .containsPattern("(?m)^marie@bakery-dupont\\.ch .* stored " + day + " ")
                .containsPattern("(?m)^info@garage-meier\\.ch .* none ");
        assertThat(cli.run("list", "--json", "--db", home.db().toString())).isZero();
        assertThat(cli.out()).contains("\"email\":\"marie@bakery-dupont.ch\"", "\"password_stored\":true,\"password_set_at\":\"" + setAt + "\"",
                "\"password_stored\":false,\"password_set_at\":null");

        assertThat(cli.run("info", "--db", home.db().toString())).isZero();
        assertThat(cli.out()).contains("Mailboxes: 2", "Passwords: 1 stored, the latest set " + day);
        assertThat(cli.run("info", "--json", "--db", home.db().toString())).isZero();
        assertThat(cli.out()).contains("\"mailboxes\":2,\"passwords\":1,\"latest_password_set_at\":\"" + setAt + "\"}");
    }

    @Test
    void aWrongMasterPasswordIsOneClearLine() throws Exception {
        Path csv = home.write("in.csv", CSV);
        home.environment().put("MAILBENCH_MASTER_PASSWORD", "correct horse battery");
        cli.run("import", csv.toString(), "--db", home.db().toString());
        Path wrong = home.write("master.txt", "wrong horse battery\n");

        assertThat(cli.run("import", csv.toString(), "--master-password-file", wrong.toString(), "--db", home.db().toString())).isEqualTo(2);

        assertThat(cli.err()).isEqualTo("mailbench: The master password is wrong; nothing was decrypted or changed\n");
    }

    @Test
    void aFileWithProblemsImportsNothingUnlessSkipInvalid() throws Exception {
        Path csv = home.write("bad.csv", "customer,email,incoming_port\nA,a@a.ch,\nB,b@b,\nC,c@c.ch,0\n");

        assertThat(cli.run("import", csv.toString(), "--db", home.db().toString())).isEqualTo(1);
        assertThat(cli.err()).contains("Nothing was imported: 2 problem(s)",
                "Problem: line 3, column email: \"b@b\" is not a valid email address",
                "Problem: line 4, column incoming_port: a port is given but incoming_host is empty");
        assertThat(cli.run("info", "--db", home.db().toString())).isZero();
        assertThat(cli.out()).contains("Mailboxes: 0");

        assertThat(cli.run("import", csv.toString(), "--skip-invalid", "--db", home.db().toString())).isZero();
        assertThat(cli.out()).contains("1 new mailbox(es)", "Skipped line 3, column email");
    }

    @Test
    void exportWritesPasswordsOnlyWhenAskedAndOnlyForTheOwner() throws Exception {
        home.environment().put("MAILBENCH_MASTER_PASSWORD", "correct horse battery");
        cli.run("import", home.write("in.csv", CSV).toString(), "--db", home.db().toString());
        Path plain = home.resolve("out.csv");
        Path withPasswords = home.resolve("secret.csv");

        assertThat(cli.run("export", plain.toString(), "--db", home.db().toString())).isZero();
        assertThat(cli.run("export", withPasswords.toString(), "--include-passwords", "--semicolon", "--db", home.db().toString())).isZero();

        assertThat(cli.out()).contains("Exported 2 mailbox(es) to " + withPasswords);
        assertThat(cli.err()).contains("holds passwords in plain text");
        assertThat(Files.readString(plain)).doesNotContain("Croissant").contains("marie@bakery-dupont.ch");
        assertThat(Files.readString(withPasswords)).contains(";Croissant-7fq9;");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(withPasswords))).isEqualTo("rw-------");
        try (var files = Files.list(home.folder())) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
    }

    @Test
    void exportWithPasswordsWithoutTheMasterPasswordWritesNothing() {
        Path target = home.resolve("secret.csv");

        assertThat(cli.run("export", target.toString(), "--include-passwords", "--db", home.db().toString())).isEqualTo(2);

        assertThat(cli.err()).contains("--include-passwords decrypts the stored passwords: give the master password");
        assertThat(target).doesNotExist();
    }

    @Test
    void backupWritesACopyThatOpens() throws Exception {
        cli.run("import", home.write("in.csv", "customer,email\nA,a@a.ch\n").toString(), "--db", home.db().toString());
        Path copy = home.resolve("backups/copy.db");

        assertThat(cli.run("backup", copy.toString(), "--db", home.db().toString())).isZero();

        assertThat(cli.out()).contains("Backed up " + home.db() + " to " + copy);
        assertThat(cli.run("info", "--db", copy.toString())).isZero();
        assertThat(cli.out()).contains("Mailboxes: 1");
        assertThat(cli.run("backup", home.db().toString(), "--db", home.db().toString())).isEqualTo(2);
        assertThat(cli.err()).contains("cannot replace the database itself");
    }

    @Test
    void helpListsTheNewCommands() {
        assertThat(cli.run("--help")).isZero();
        assertThat(cli.out()).contains("import", "export", "backup");
    }

    @Test
    void customersSetsTheSheetLanguageOfTheNamedCustomersAllOrNothing() throws Exception {
        cli.run("import", home.write("in.csv", "customer,email,sheet_language\nBoulangerie Dupont,marie@bakery-dupont.ch,fr\n"
                + "Garage Meier,info@garage-meier.ch,fr\nCabinet Rossi,avv@rossi.ch,it\n").toString(), "--db", home.db().toString());

        assertThat(cli.run("customers", "--set-sheet-language", "de", "--customer", "garage meier", "--customer", "Nobody",
                "--db", home.db().toString())).isEqualTo(2);
        assertThat(cli.err()).contains("No customer is called \"Nobody\"; nothing was changed");
        assertThat(cli.run("customers", "--set-sheet-language", "deutsch", "--customer", "Garage Meier", "--db", home.db().toString())).isEqualTo(2);
        assertThat(cli.err()).contains("The sheet language must be one of fr, de, en, it");
        assertThat(cli.run("customers", "--set-sheet-language", "de", "--db", home.db().toString())).isEqualTo(2);
        assertThat(cli.err()).contains("--customer NAME (repeatable) or --all");

        assertThat(cli.run("customers", "--set-sheet-language", "de", "--customer", "garage meier", "--customer", "Cabinet Rossi",
                "--db", home.db().toString())).isZero();
        assertThat(cli.out()).contains("de  Cabinet Rossi\nde  Garage Meier\nSheet language de for 2 customer(s)");

        assertThat(cli.run("customers", "--db", home.db().toString())).isZero();
        assertThat(cli.out()).isEqualTo("fr  Boulangerie Dupont\nde  Cabinet Rossi\nde  Garage Meier\n3 customer(s)\n");
        assertThat(cli.run("customers", "--set-sheet-language", "EN", "--all", "--db", home.db().toString())).isZero();
        assertThat(cli.out()).contains("Sheet language en for 3 customer(s)");
    }

    @Test
    void anImportWithoutSheetLanguageGivesNewCustomersTheShopsDefaultWhateverTheLanguageOfTheImport() throws Exception {
        String db = home.db().toString();
        assertThat(cli.run("shop", "--sheet-language", "klingon", "--db", db)).isEqualTo(2);
        assertThat(cli.err()).contains("--sheet-language must be fr, de, en, it or ui");
        assertThat(cli.run("shop", "--sheet-language", "fr", "--db", db)).isZero();
        assertThat(cli.out()).contains("Sheets of new customers: fr");

        cli.run("import", home.write("in.csv", "customer,email\nBoulangerie Dupont,marie@bakery-dupont.ch\n").toString(), "--db", db);
        assertThat(cli.run("shop", "--sheet-language", "ui", "--db", db)).isZero();
        assertThat(cli.out()).contains("Sheets of new customers: the language of the user interface");
        cli.run("import", home.write("in2.csv", "customer,email\nGarage Meier,info@garage-meier.ch\n").toString(), "--db", db);

        assertThat(cli.run("customers", "--db", db)).isZero();
        assertThat(cli.out()).as("this JVM speaks " + java.util.Locale.getDefault()).isEqualTo("fr  Boulangerie Dupont\n"
                + ch.mailbench.core.model.SheetLanguage.forLocale(java.util.Locale.getDefault()).code() + "  Garage Meier\n2 customer(s)\n");
    }
}
