package ch.mailbench.persistence;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseLocationTest {

    private static final Path HOME = Path.of("/home/tech");

    @Test
    void linuxUsesXdgDataHome() {
        DatabaseLocation location = new DatabaseLocation(Map.of("XDG_DATA_HOME", "/data"), "Linux", HOME);

        assertThat(location.resolve(Optional.empty())).isEqualTo(Path.of("/data/mailbench/mailbench.db"));
    }

    @Test
    void linuxFallsBackToLocalShare() {
        DatabaseLocation location = new DatabaseLocation(Map.of("XDG_DATA_HOME", " "), "Linux", HOME);

        assertThat(location.resolve(Optional.empty())).isEqualTo(Path.of("/home/tech/.local/share/mailbench/mailbench.db"));
    }

    @Test
    void windowsUsesAppData() {
        DatabaseLocation location = new DatabaseLocation(Map.of("APPDATA", "/users/tech/roaming"), "Windows 11", HOME);

        assertThat(location.dataFolder()).isEqualTo(Path.of("/users/tech/roaming/Mailbench"));
    }

    @Test
    void macUsesApplicationSupport() {
        DatabaseLocation location = new DatabaseLocation(Map.of(), "Mac OS X", HOME);

        assertThat(location.dataFolder()).isEqualTo(Path.of("/home/tech/Library/Application Support/Mailbench"));
    }

    @Test
    void environmentVariableOverridesTheDataFolderAndTheOptionOverridesBoth() {
        DatabaseLocation location = new DatabaseLocation(Map.of("MAILBENCH_DB", "/srv/shared.db"), "Linux", HOME);

        assertThat(location.resolve(Optional.empty())).isEqualTo(Path.of("/srv/shared.db"));
        assertThat(location.resolve(Optional.of(Path.of("/tmp/other.db")))).isEqualTo(Path.of("/tmp/other.db"));
    }
}
