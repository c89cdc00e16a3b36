package ch.mailbench.persistence;

import ch.mailbench.core.csv.CsvExporter;
import ch.mailbench.core.csv.CsvImporter;
import ch.mailbench.core.csv.CsvProblem;
import ch.mailbench.core.csv.CsvReader;
import ch.mailbench.core.csv.ImportReport;
import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.SheetLanguage;
import ch.mailbench.core.task.ProgressMonitor;
import ch.mailbench.core.vault.Vault;
import ch.mailbench.core.vault.VaultLockedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Import and export through the real repositories and vault, on SQLite files. */
class CsvImportExportTest {

    private static final char[] MASTER = "correct horse battery".toCharArray();
    private static final String HEADER = "customer,domain,email,display_name,type,password,incoming_host,incoming_port,"
            + "incoming_security,smtp_host,smtp_port,smtp_security,username_format,notes\n";
    private static final String DUPONT = HEADER
            + "Boulangerie Dupont,bakery-dupont.ch,marie@bakery-dupont.ch,Marie Dupont,IMAP,,mail.infomaniak.com,993,SSL,mail.infomaniak.com,465,SSL,FULL,\n"
            + "Boulangerie Dupont,bakery-dupont.ch,paul@bakery-dupont.ch,Paul,IMAP,,mail.infomaniak.com,993,SSL,mail.infomaniak.com,465,SSL,FULL,\n"
            + "Boulangerie Dupont,bakery-dupont.ch,compta@bakery-dupont.ch,Compta,POP3,,pop.infomaniak.com,995,SSL,mail.infomaniak.com,587,STARTTLS,LOCAL,\"Fiduciaire; \"\"Muller\"\"\"\n"
            + "Garage Meier,garage-meier.ch,info@garage-meier.ch,,IMAP,,imap.bluewin.ch,993,SSL,smtpauths.bluewin.ch,465,SSL,u4711,\n";

    @TempDir
    Path folder;

    private Workspace workspace;

    /** One database with its store and vault. */
    private record Workspace(JooqStore store, Vault vault) {
        CsvImporter importer() {
            return new CsvImporter(store, vault, SheetLanguage.FR);
        }

        ImportReport importText(String csv, boolean skipInvalid) {
            return importer().importRows(new CsvReader().read(csv.getBytes(StandardCharsets.UTF_8)), skipInvalid, ProgressMonitor.silent());
        }

        String export(char delimiter, boolean includePasswords) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new CsvExporter(store, vault).export(out, delimiter, includePasswords, ProgressMonitor.silent());
            return out.toString(StandardCharsets.UTF_8);
        }

        Mailbox mailbox(String address) {
            return store.repositories().mailboxes().findByAddress(EmailAddress.parse(address)).orElseThrow();
        }
    }

    private Workspace open(String name) {
        JooqStore store = new JooqStore(Database.open(folder.resolve(name), Clock.systemUTC()));
        return new Workspace(store, new Vault(store, Clock.systemUTC(), new SecureRandom(), 1_000));
    }

    @BeforeEach
    void openDatabase() {
        workspace = open("mailbench.db");
    }

    @Test
    void formulaCellsAreNeutralizedOnExportAndRoundTrip() throws IOException {
        String hostile = HEADER
                + "=HYPERLINK(\"http://evil.example\"),x.ch,a@x.ch,+cmd|' /C calc'!A0,IMAP,,,,,,,,FULL,@SUM(1)\n";
        assertThat(workspace.importText(hostile, false).written()).isTrue();

        String exported = workspace.export(',', false);

        assertThat(exported).contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\"", "'+cmd|' /C calc'!A0", "'@SUM(1)");
        Workspace copy = open("copy.db");
        assertThat(copy.importText(exported, false).written()).isTrue();
        Mailbox mailbox = copy.mailbox("a@x.ch");
        assertThat(mailbox.displayName()).isEqualTo("+cmd|' /C calc'!A0");
        assertThat(mailbox.notes()).isEqualTo("@SUM(1)");
        assertThat(copy.store().repositories().customers().findByName("=HYPERLINK(\"http://evil.example\")")).isPresent();
    }

    @Test
    void importsCustomersDomainsAndMailboxes() {
        ImportReport report = workspace.importText(DUPONT, false);

        assertThat(report.written()).isTrue();
        assertThat(report.customersCreated()).isEqualTo(2);
        assertThat(report.domainsCreated()).isEqualTo(2);
        assertThat(report.mailboxesCreated()).isEqualTo(4);
        Mailbox compta = workspace.mailbox("compta@bakery-dupont.ch");
        assertThat(compta.ownSettings()).as("differs from the domain's, set by its first line").isPresent();
        assertThat(compta.notes()).isEqualTo("Fiduciaire; \"Muller\"");
        assertThat(workspace.mailbox("paul@bakery-dupont.ch").inheritsDomainSettings()).isTrue();
        assertThat(workspace.store().repositories().customers().findByName("garage meier")).hasValueSatisfying(c ->
                assertThat(c.sheetLanguage()).isEqualTo(SheetLanguage.FR));
    }

    @Test
    void oneBadLineMeansNothingIsWrittenAndEveryProblemIsListed() {
        String csv = DUPONT + "Garage Meier,garage-meier.ch,werkstatt@garage-meier,,IMAP,,imap.bluewin.ch,99999,SSL,,,,,\n";

        ImportReport report = workspace.importText(csv, false);

        assertThat(report.written()).isFalse();
        assertThat(report.problems()).extracting(CsvProblem::toString).containsExactly(
                "line 6, column email: \"werkstatt@garage-meier\" is not a valid email address: The domain name \"garage-meier\" needs a dot and an ending, such as .ch or .com",
                "line 6, column incoming_port: Port must be between 1 and 65535");
        assertThat(workspace.store().repositories().customers().count()).isZero();
        assertThat(workspace.store().repositories().mailboxes().count()).isZero();
    }

    @Test
    void skipInvalidImportsTheValidLinesAndReportsTheOthers() {
        String csv = DUPONT + "Cabinet Rossi,garage-meier.ch,anna@garage-meier.ch,,,,,,,,,,,\n";

        ImportReport report = workspace.importText(csv, true);

        assertThat(report.written()).isTrue();
        assertThat(report.mailboxesCreated()).isEqualTo(4);
        assertThat(report.problems()).extracting(CsvProblem::toString).containsExactly(
                "line 6, column domain: garage-meier.ch belongs to the customer \"Garage Meier\", not \"Cabinet Rossi\"");
        assertThat(workspace.store().repositories().customers().findByName("Cabinet Rossi")).as("nothing of the bad line").isEmpty();
    }

    @Test
    void aConflictWithTheStoredDataBlocksAnAllOrNothingImport() {
        workspace.importText(DUPONT, false);
        ImportReport report = workspace.importText(HEADER + "Cabinet Rossi,rossi.ch,new@rossi.ch,,,,,,,,,,,\n"
                + "Cabinet Rossi,rossi.ch,marie@bakery-dupont.ch,,,,,,,,,,,\n", false);

        assertThat(report.written()).isFalse();
        assertThat(report.problems()).extracting(CsvProblem::toString).containsExactly(
                // Since issue 12 the reader refuses the mismatch before the stored data is consulted.
                "line 3, column domain: rossi.ch is not the domain of marie@bakery-dupont.ch (bakery-dupont.ch)");
        assertThat(workspace.store().repositories().customers().findByName("Cabinet Rossi")).isEmpty();
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        workspace.importText(DUPONT, false);

        ImportReport again = workspace.importText(DUPONT, false);

        assertThat(again.written()).isTrue();
        assertThat(again.customersCreated() + again.domainsCreated() + again.mailboxesCreated()).isZero();
        assertThat(again.mailboxesUpdated()).isEmpty();
        assertThat(again.mailboxesUnchanged()).isEqualTo(4);
        assertThat(workspace.store().repositories().mailboxes().count()).isEqualTo(4);
    }

    @Test
    void reportsAndUpdatesWhatChanged() {
        workspace.importText(DUPONT, false);
        long versionBefore = workspace.mailbox("paul@bakery-dupont.ch").version();
        String changed = DUPONT.replace("paul@bakery-dupont.ch,Paul,IMAP,,mail.infomaniak.com,993,SSL",
                "paul@bakery-dupont.ch,Paul Dupont,IMAP,,mail.infomaniak.com,143,STARTTLS");

        ImportReport report = workspace.importText(changed, false);

        assertThat(report.mailboxesUpdated()).singleElement().satisfies(change -> {
            assertThat(change.address()).isEqualTo("paul@bakery-dupont.ch");
            assertThat(change.line()).isEqualTo(3);
            assertThat(change.changes()).containsExactly(
                    "display_name: \"Paul\" → \"Paul Dupont\"",
                    "incoming: \"mail.infomaniak.com:993 SSL/TLS\" → \"mail.infomaniak.com:143 STARTTLS\"");
        });
        Mailbox paul = workspace.mailbox("paul@bakery-dupont.ch");
        assertThat(paul.displayName()).isEqualTo("Paul Dupont");
        assertThat(paul.ownSettings()).isPresent();
        assertThat(paul.version()).isEqualTo(versionBefore + 1);
    }

    @Test
    void passwordsNeedAnUnlockedVaultAndAreStoredEncrypted() {
        String withPassword = HEADER + "Dupont,bakery-dupont.ch,marie@bakery-dupont.ch,,,Croissant-7fq9,,,,,,,,\n";
        workspace.vault().setUp(MASTER, Duration.ofMinutes(5));
        workspace.vault().lock();

        assertThatThrownBy(() -> workspace.importText(withPassword, false)).isInstanceOf(VaultLockedException.class);
        assertThat(workspace.store().repositories().mailboxes().count()).isZero();

        workspace.vault().unlock(MASTER);
        ImportReport report = workspace.importText(withPassword, false);

        assertThat(report.passwordsStored()).isEqualTo(1);
        assertThat(workspace.vault().password(workspace.mailbox("marie@bakery-dupont.ch").id()))
                .hasValueSatisfying(p -> assertThat(p).containsExactly("Croissant-7fq9".toCharArray()));
        assertThat(report.summaryLines()).noneMatch(line -> line.contains("Croissant"));
    }

    @Test
    void anExportWithoutPasswordsReimportedKeepsThePasswordsAndAChangedOneIsReportedByNameOnly() throws IOException {
        workspace.vault().setUp(MASTER, Duration.ofMinutes(5));
        workspace.importText(HEADER + "Dupont,bakery-dupont.ch,marie@bakery-dupont.ch,,,Croissant-7fq9,,,,,,,,\n", false);

        String export = workspace.export(',', false);
        assertThat(export).doesNotContain("Croissant");
        ImportReport reimport = workspace.importText(export, false);
        ImportReport changed = workspace.importText(HEADER + "Dupont,bakery-dupont.ch,marie@bakery-dupont.ch,,,Pain-au-chocolat,,,,,,,,\n", false);

        assertThat(reimport.mailboxesUnchanged()).isEqualTo(1);
        assertThat(changed.mailboxesUpdated()).singleElement().satisfies(c -> assertThat(c.changes()).containsExactly("password changed"));
        assertThat(workspace.vault().password(workspace.mailbox("marie@bakery-dupont.ch").id()))
                .hasValueSatisfying(p -> assertThat(p).containsExactly("Pain-au-chocolat".toCharArray()));
    }

    @Test
    void exportThenImportIntoAnEmptyDatabaseRoundTrips() throws IOException {
        workspace.vault().setUp(MASTER, Duration.ofMinutes(5));
        workspace.importText(DUPONT.replace("Marie Dupont,IMAP,,", "Marie Dupont,IMAP,\"Pw, with; \"\"quotes\"\" é\","), false);
        String exported = workspace.export(';', true);
        assertThat(exported).startsWith("\uFEFFcustomer;domain;email;display_name;type;password;");

        Workspace empty = open("empty.db");
        empty.vault().setUp("another master pw".toCharArray(), Duration.ofMinutes(5));
        ImportReport report = empty.importText(exported.substring(1), false);

        assertThat(report.written()).isTrue();
        assertThat(report.mailboxesCreated()).isEqualTo(4);
        assertThat(empty.export(';', true)).isEqualTo(exported);
        assertThat(empty.vault().password(empty.mailbox("marie@bakery-dupont.ch").id()))
                .hasValueSatisfying(p -> assertThat(p).containsExactly("Pw, with; \"quotes\" é".toCharArray()));
    }

    @Test
    void exportingPasswordsNeedsAnUnlockedVault() {
        workspace.importText(DUPONT, false);

        assertThatThrownBy(() -> workspace.export(',', true)).isInstanceOf(VaultLockedException.class);
    }

    @Test
    void aCancelledImportWritesNothing() {
        ProgressMonitor cancelAfterTwo = new ProgressMonitor() {
            private int worked;
            @Override public void begin(String task, int totalUnits) { }
            @Override public void worked(int units) { worked += units; }
            @Override public void subTask(String description) { }
            @Override public boolean isCancelled() { return worked >= 2; }
            @Override public void done() { }
        };

        assertThatThrownBy(() -> workspace.importer().importRows(new CsvReader().read(DUPONT.getBytes(StandardCharsets.UTF_8)), false, cancelAfterTwo))
                .isInstanceOf(CancellationException.class);
        assertThat(workspace.store().repositories().mailboxes().count()).isZero();
    }

    @Test
    void theSheetLanguageColumnSetsNewAndExistingCustomersAndRoundTrips() throws IOException {
        workspace.importText(DUPONT, false);
        String languages = "customer,email,sheet_language\n"
                + "Boulangerie Dupont,marie@bakery-dupont.ch,de\n"
                + "Garage Meier,info@garage-meier.ch,\n"
                + "Studio Rossi,avv@rossi.ch,it\n";

        ImportReport report = workspace.importText(languages, false);

        assertThat(report.problems()).isEmpty();
        assertThat(report.mailboxesUpdated()).singleElement()
                .satisfies(change -> assertThat(change.changes()).containsExactly("sheet_language: \"fr\" → \"de\""));
        assertThat(language(workspace, "Boulangerie Dupont")).isEqualTo(SheetLanguage.DE);
        assertThat(language(workspace, "Garage Meier")).isEqualTo(SheetLanguage.FR);
        assertThat(language(workspace, "Studio Rossi")).isEqualTo(SheetLanguage.IT);

        String exported = workspace.export(',', false);
        assertThat(exported).startsWith("\uFEFFcustomer,").contains(",sheet_language\r\n");
        Workspace empty = open("empty.db");
        empty.importText(exported.substring(1), false);
        assertThat(language(empty, "Boulangerie Dupont")).isEqualTo(SheetLanguage.DE);
        assertThat(language(empty, "Studio Rossi")).isEqualTo(SheetLanguage.IT);
        assertThat(empty.export(',', false)).isEqualTo(exported);
    }

    @Test
    void twoLanguagesForOneCustomerAreRefusedOnTheSecondLine() {
        ImportReport report = workspace.importText("customer,email,sheet_language\n"
                + "Boulangerie Dupont,marie@bakery-dupont.ch,de\n"
                + "boulangerie dupont,paul@bakery-dupont.ch,fr\n", false);

        assertThat(report.written()).isFalse();
        assertThat(report.problems()).extracting(Object::toString).containsExactly("line 3, column sheet_language: line 2 gives"
                + " the customer \"boulangerie dupont\" the sheet language de, this line fr; one customer has one sheet language");
    }

    private static SheetLanguage language(Workspace workspace, String customer) {
        return workspace.store().repositories().customers().findByName(customer).orElseThrow().sheetLanguage();
    }
}
