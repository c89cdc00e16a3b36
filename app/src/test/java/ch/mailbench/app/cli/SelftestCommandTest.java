package ch.mailbench.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SelftestCommandTest {

    @TempDir
    Path home;

    @Test
    void passesEveryCheckOnThisJdkAndNeverTouchesTheUsersDatabase() {
        CommandRunner cli = CommandRunner.inHome(() -> home);
        int exit = cli.run("selftest");

        assertThat(cli.out()).containsSubsequence("ok    database", "ok    TLS", "ok    PDF", "ok    DNS", "ok    vault",
                "All checks passed.");
        assertThat(exit).isZero();
        assertThat(home.resolve(".local/share/mailbench")).doesNotExist();
    }
}
