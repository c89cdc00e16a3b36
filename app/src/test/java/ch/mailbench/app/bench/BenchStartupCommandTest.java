package ch.mailbench.app.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BenchStartupCommandTest {

    /** Run from the packaged launcher, the benchmark inherits its mark; a timed launcher start must not. */
    @Test
    void aTimedStartDoesNotInheritThePackagedLaunchersMark() {
        Map<String, String> environment = new HashMap<>(Map.of("_JPACKAGE_LAUNCHER", "0", "HOME", "/home/anna"));

        BenchStartupCommand.startEnvironment(environment, Path.of("/tmp/bench/mailboxes-40.db"), Path.of("/tmp/bench/preferences"));

        assertThat(environment).doesNotContainKey("_JPACKAGE_LAUNCHER")
                .containsEntry("HOME", "/home/anna")
                .containsEntry(StartupProbe.VARIABLE, "exit")
                .containsEntry("MAILBENCH_DB", Path.of("/tmp/bench/mailboxes-40.db").toString())
                .containsEntry("JAVA_TOOL_OPTIONS", "-Djava.util.prefs.userRoot=" + Path.of("/tmp/bench/preferences"));
    }
}
