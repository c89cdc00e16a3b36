package ch.mailbench.app.cli;

import ch.mailbench.app.Workbench;
import ch.mailbench.core.model.Customer;
import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.Mailbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** History and undo through the command line ({@code log}, {@code undo}) on real database files, with two technicians. */
class HistoryCommandsTest {

    private static final String CSV = "customer;email;display_name;password;incoming_host\n"
            + "Bäckerei Frei;anna@baeckerei-frei.ch;Anna;Zopf-2024-x;mail.infomaniak.com\n"
            + "Bäckerei Frei;laden@baeckerei-frei.ch;Laden;Gipfeli-99-y;mail.infomaniak.com\n"
            + "Garage Meier;info@garage-meier.ch;;;imap.bluewin.ch\n";

    @TempDir
    Path folder;

    private final CommandLineHome home = new CommandLineHome(() -> folder);
    private final CommandRunner cli = new CommandRunner(home::factory);

    @BeforeEach
    void asAlice() {
        home.environment().put("MAILBENCH_TECHNICIAN", "alice");
        home.environment().put("MAILBENCH_MASTER_PASSWORD", "correct horse battery");
    }

    private int run(String... args) {
        return cli.runOn(home.db(), args);
    }

    private byte[] export(String name) throws Exception {
        Path file = home.resolve(name);
        assertThat(run("export", file.toString(), "--include-passwords")).as(cli.err()).isZero();
        return Files.readAllBytes(file);
    }

    private void importSample() throws Exception {
        Path csv = Files.writeString(home.resolve("in.csv"), CSV, StandardCharsets.UTF_8);
        assertThat(run("import", csv.toString())).as(cli.err()).isZero();
    }

    private Customer customer(Workbench workbench, String name) {
        return workbench.store().repositories().customers().findByName(name).orElseThrow();
    }

    @Test
    void undoOfACustomerDeleteRestoresEverythingAndItsHistory() throws Exception {
        importSample();
        byte[] before = export("before.csv");
        Workbench workbench = home.factory().open(home.db());
        long frei = customer(workbench, "Bäckerei Frei").id();
        workbench.directory().delete(customer(workbench, "Bäckerei Frei"));
        assertThat(export("deleted.csv")).isNotEqualTo(before);

        assertThat(run("undo", "--dry-run")).isZero();
        assertThat(cli.out()).contains("Would undo the delete of customer Bäckerei Frei");
        assertThat(run("undo")).as(cli.err()).isZero();
        assertThat(cli.out()).contains("Undone: the delete of customer Bäckerei Frei");

        assertThat(export("after.csv")).isEqualTo(before);
        Workbench reopened = home.factory().open(home.db());
        assertThat(customer(reopened, "Bäckerei Frei").id()).isEqualTo(frei);
        reopened.vault().unlock("correct horse battery".toCharArray());
        Mailbox anna = reopened.store().repositories().mailboxes().findByAddress(EmailAddress.parse("anna@baeckerei-frei.ch")).orElseThrow();
        assertThat(reopened.vault().password(anna.id())).hasValueSatisfying(p -> assertThat(p).containsExactly("Zopf-2024-x".toCharArray()));

        assertThat(run("log", "--customer", "Bäckerei Frei")).isZero();
        assertThat(cli.out()).contains("undo delete customer", "delete customer (undone)", "creation mailbox",
                "anna@baeckerei-frei.ch", "password set mailbox", "alice");
        assertThat(cli.out()).doesNotContain("Zopf", "Garage Meier");
        assertThat(run("log")).isZero();
        assertThat(cli.out()).contains(" import ").doesNotContain("import import");
    }

    @Test
    void undoIsRefusedInWordsWhenSomeoneElseChangedTheRowSinceAndNothingIsUndone() throws Exception {
        importSample();
        Workbench alice = home.factory().open(home.db());
        alice.directory().save(customer(alice, "Garage Meier").withContact("Hans Meier", "+41 61 555 01 02", ""));

        home.environment().put("MAILBENCH_TECHNICIAN", "bob");
        Workbench bob = home.factory().open(home.db());
        bob.directory().save(customer(bob, "Garage Meier").withNotes("Only mornings"));

        home.environment().put("MAILBENCH_TECHNICIAN", "alice");
        assertThat(run("undo")).isEqualTo(1);
        assertThat(cli.err()).contains("Cannot undo the change of customer Garage Meier", "was changed by bob on",
                "Nothing was undone.");
        Customer now = customer(home.factory().open(home.db()), "Garage Meier");
        assertThat(now.phone()).isEqualTo("+41 61 555 01 02");
        assertThat(now.notes()).isEqualTo("Only mornings");

        home.environment().put("MAILBENCH_TECHNICIAN", "bob");
        assertThat(run("undo")).as(cli.err()).isZero();
        home.environment().put("MAILBENCH_TECHNICIAN", "alice");
        assertThat(run("undo")).as(cli.err()).isZero();
        assertThat(customer(home.factory().open(home.db()), "Garage Meier").phone()).isEmpty();
    }

    @Test
    void undoOfAnImportRemovesWhatItCreatedAndTheLogPrintsJsonLines() throws Exception {
        importSample();
        assertThat(run("log", "--json", "--mailbox", "anna@baeckerei-frei.ch")).isZero();
        assertThat(cli.out().lines()).hasSize(2).allSatisfy(line -> assertThat(line).startsWith("{").endsWith("}")
                .contains("\"by\":\"alice\"", "\"label\":\"anna@baeckerei-frei.ch\""));
        assertThat(cli.out()).contains("\"action\":\"password_set\"", "\"new\":{\"password\":\"stored\"}")
                .doesNotContain("Zopf");

        assertThat(run("undo")).as(cli.err()).isZero();
        assertThat(cli.out()).contains("Undone: the import of 3 line(s)");
        Workbench workbench = home.factory().open(home.db());
        assertThat(workbench.store().repositories().customers().count()).isZero();
        assertThat(workbench.store().repositories().secrets().count()).isZero();
        assertThat(run("undo")).isEqualTo(1);
        assertThat(cli.err()).contains("Nothing to undo: alice has no change left to undo.");
    }

    @Test
    void aBadSinceDateIsNamed() {
        assertThat(run("log", "--since", "yesterday")).isEqualTo(2);
        assertThat(cli.err()).contains("--since: \"yesterday\" is not a date like 2026-11-30");
    }
}
