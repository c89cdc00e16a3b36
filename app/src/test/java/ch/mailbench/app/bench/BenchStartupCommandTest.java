package ch.mailbench.app.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BenchStartupCommandTest {

    /** The floor of a packaged run is started with the launcher's JVM options, as bin/mailbench starts Mailbench. */
    @Test
    void theFloorOfAPackagedRunGetsTheLaunchersJvmOptions(@TempDir Path image) throws IOException {
        Files.createDirectories(image.resolve("lib/app"));
        Files.writeString(image.resolve("lib/app/mailbench.cfg"), String.join("\n", "[Application]",
                "app.classpath=$APPDIR/mailbench.jar", "[JavaOptions]", "java-options=-Djpackage.app-version=0.1.0",
                "java-options=-XX:SharedArchiveFile=$APPDIR/mailbench.jsa", "java-options=-XX:TieredStopAtLevel=1", ""));

        assertThat(BenchStartupCommand.launcherJvmOptions(image)).containsExactly(
                "-XX:SharedArchiveFile=" + image.resolve("lib/app") + "/mailbench.jsa", "-XX:TieredStopAtLevel=1");
    }

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
