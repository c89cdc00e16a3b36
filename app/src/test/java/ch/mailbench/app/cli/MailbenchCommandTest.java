package ch.mailbench.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class MailbenchCommandTest {

    @TempDir
    Path home;

    private final CommandRunner cli = CommandRunner.inHome(() -> home);

    @Test
    void printsTheVersion() {
        assertThat(cli.run("--version")).isZero();
        assertThat(cli.out()).startsWith("Mailbench ");
    }

    @Test
    void helpListsTheCommandsAndTheDatabaseOption() {
        assertThat(cli.run("--help")).isZero();
        assertThat(cli.out()).contains("--db=PATH", "info", "Without a command, opens the Mailbench console window")
                .doesNotContain("benchmark", "bench-sheets");
    }

    @Test
    void infoCreatesTheDatabaseInTheDataFolderByDefault() {
        assertThat(cli.run("info")).isZero();

        assertThat(cli.out()).contains(home.resolve(".local/share/mailbench/mailbench.db").toString(), "Schema:    version ", "Customers: 0");
        assertThat(home.resolve(".local/share/mailbench/mailbench.db")).exists();
    }

    @Test
    void dbOptionWorksAfterTheSubcommandToo() {
        Path file = home.resolve("other.db");

        assertThat(cli.run("info", "--db", file.toString())).isZero();

        assertThat(cli.out()).contains(file.toString());
    }

    @Test
    void theCommandBeingRunIsTheFirstWordThatIsNeitherAnOptionNorTheDatabase() {
        assertThat(MailbenchCommand.requestedSubcommand("--db", "x.db", "discover", "a@b.ch")).contains("discover");
        assertThat(MailbenchCommand.requestedSubcommand("--db=x.db", "verify", "--all")).contains("verify");
        assertThat(MailbenchCommand.requestedSubcommand("--help")).isEmpty();
    }

    @Test
    void aCommandsOwnHelpStillWorksWhenOnlyItIsRegistered() {
        assertThat(cli.run("discover", "--help")).isZero();
        assertThat(cli.out()).contains("Usage: mailbench discover", "--dns=HOST:PORT");
    }

    @Test
    void unknownCommandsAreUsageErrors() {
        assertThat(cli.run("xyzzy")).isEqualTo(2);
        assertThat(cli.err()).contains("Unmatched argument", "Usage:");
    }

    @Test
    void anUnusableDatabaseIsOneClearLineAndExitCode2() throws Exception {
        Path notADatabase = home.resolve("notes.db");
        java.nio.file.Files.writeString(notADatabase, "plain text, not SQLite ".repeat(50));

        assertThat(cli.run("info", "--db", notADatabase.toString())).isEqualTo(2);

        assertThat(cli.err()).startsWith("mailbench: Cannot open").contains("not a Mailbench database").doesNotContain("\tat ");
    }

    @Test
    void benchmarkGeneratesADatabaseAndPrintsTheFigures() {
        Path file = home.resolve("bench.db");

        assertThat(cli.run("benchmark", "--db", file.toString(), "--customers", "3", "--mailboxes", "7")).isZero();

        assertThat(cli.out()).contains("Generating 3 customers and 7 mailboxes", "Customers: 3, mailboxes: 7",
                "Open database + list customers:", "Filter per keystroke (430 keystrokes", "Heap used with the list loaded:");
        assertThat(cli.run("benchmark", "--db", file.toString())).isZero();
        assertThat(cli.out()).contains("Using the existing database " + file);
    }

    /** --both measures a second database in the same run (a team database in practice; a second file here) and prints columns. */
    @Test
    void benchmarkBothPrintsTheTwoDatabasesSideBySide() {
        assertThat(cli.run("benchmark", "--db", home.resolve("one.db").toString(), "--both", home.resolve("two.db").toString(),
                "--customers", "3", "--mailboxes", "7")).isZero();

        assertThat(cli.out()).contains("Generating 3 customers and 7 mailboxes in " + home.resolve("two.db"), "Side by side",
                "SQLite one.db", "SQLite two.db", "Open + list, median of the rest", "Filter per keystroke, 95th pct");
    }

    @Test
    void benchmarkRefusesFewerMailboxesThanCustomers() {
        assertThat(cli.run("benchmark", "--db", home.resolve("b.db").toString(), "--customers", "10", "--mailboxes", "5")).isEqualTo(2);

        assertThat(cli.err()).contains("--mailboxes at least as many as customers");
    }
}
