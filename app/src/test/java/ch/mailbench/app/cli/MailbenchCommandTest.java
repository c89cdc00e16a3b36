package ch.mailbench.app.cli;

import ch.mailbench.app.AppFactory;
import ch.mailbench.persistence.DatabaseLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MailbenchCommandTest {

    @TempDir
    Path home;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        AppFactory factory = new AppFactory(new DatabaseLocation(Map.of(), "Linux", home), Clock.systemUTC());
        return new MailbenchCommand(factory, UnusedConsole.launcher(factory),
                new CliOutput(new PrintWriter(out, true), new PrintWriter(err, true))).execute(args);
    }

    @Test
    void printsTheVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("Mailbench ");
    }

    @Test
    void helpListsTheCommandsAndTheDatabaseOption() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("--db=PATH", "info", "Without a command, opens the Mailbench console window")
                .doesNotContain("benchmark", "bench-sheets");
    }

    @Test
    void infoCreatesTheDatabaseInTheDataFolderByDefault() {
        assertThat(run("info")).isZero();

        assertThat(out.toString()).contains(home.resolve(".local/share/mailbench/mailbench.db").toString(), "Schema:    version 7", "Customers: 0");
        assertThat(home.resolve(".local/share/mailbench/mailbench.db")).exists();
    }

    @Test
    void dbOptionWorksAfterTheSubcommandToo() {
        Path file = home.resolve("other.db");

        assertThat(run("info", "--db", file.toString())).isZero();

        assertThat(out.toString()).contains(file.toString());
    }

    @Test
    void theCommandBeingRunIsTheFirstWordThatIsNeitherAnOptionNorTheDatabase() {
        assertThat(MailbenchCommand.requestedSubcommand("--db", "x.db", "discover", "a@b.ch")).contains("discover");
        assertThat(MailbenchCommand.requestedSubcommand("--db=x.db", "verify", "--all")).contains("verify");
        assertThat(MailbenchCommand.requestedSubcommand("--help")).isEmpty();
    }

    @Test
    void aCommandsOwnHelpStillWorksWhenOnlyItIsRegistered() {
        assertThat(run("discover", "--help")).isZero();
        assertThat(out.toString()).contains("Usage: mailbench discover", "--dns=HOST:PORT");
    }

    @Test
    void unknownCommandsAreUsageErrors() {
        assertThat(run("xyzzy")).isEqualTo(2);
        assertThat(err.toString()).contains("Unmatched argument", "Usage:");
    }

    @Test
    void anUnusableDatabaseIsOneClearLineAndExitCode2() throws Exception {
        Path notADatabase = home.resolve("notes.db");
        java.nio.file.Files.writeString(notADatabase, "plain text, not SQLite ".repeat(50));

        assertThat(run("info", "--db", notADatabase.toString())).isEqualTo(2);

        assertThat(err.toString()).startsWith("mailbench: Cannot open").contains("not a Mailbench database").doesNotContain("\tat ");
    }

    @Test
    void benchmarkGeneratesADatabaseAndPrintsTheFigures() {
        Path file = home.resolve("bench.db");

        assertThat(run("benchmark", "--db", file.toString(), "--customers", "3", "--mailboxes", "7")).isZero();

        assertThat(out.toString()).contains("Generating 3 customers and 7 mailboxes", "Customers: 3, mailboxes: 7",
                "Open database + list customers:", "Filter per keystroke (430 keystrokes", "Heap used with the list loaded:");
        assertThat(run("benchmark", "--db", file.toString())).isZero();
        assertThat(out.toString()).contains("Using the existing database " + file);
    }

    @Test
    void benchmarkRefusesFewerMailboxesThanCustomers() {
        assertThat(run("benchmark", "--db", home.resolve("b.db").toString(), "--customers", "10", "--mailboxes", "5")).isEqualTo(2);

        assertThat(err.toString()).contains("--mailboxes at least as many as customers");
    }
}
