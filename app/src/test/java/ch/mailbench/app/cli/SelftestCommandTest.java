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

class SelftestCommandTest {

    @TempDir
    Path home;

    @Test
    void passesEveryCheckOnThisJdkAndNeverTouchesTheUsersDatabase() {
        StringWriter out = new StringWriter();
        AppFactory factory = new AppFactory(new DatabaseLocation(Map.of(), "Linux", home), Clock.systemUTC(), Map.of(), 1_000);

        int exit = new MailbenchCommand(factory, UnusedConsole.launcher(factory),
                new CliOutput(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true))).execute("selftest");

        assertThat(out.toString()).containsSubsequence("ok    database", "ok    TLS", "ok    PDF", "ok    DNS", "ok    vault",
                "All checks passed.");
        assertThat(exit).isZero();
        assertThat(home.resolve(".local/share/mailbench")).doesNotExist();
    }
}
