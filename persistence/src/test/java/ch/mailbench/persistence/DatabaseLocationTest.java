package ch.mailbench.persistence;

import ch.mailbench.core.port.PostgresAddress;
import ch.mailbench.core.port.DatabaseAddress;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseLocationTest {

    private static final Path HOME = Path.of("/home/tech");

    @Test
    void linuxUsesXdgDataHome() {
        DatabaseLocation location = new DatabaseLocation(Map.of("XDG_DATA_HOME", "/data"), "Linux", HOME);

        assertThat(location.resolve(Optional.empty())).isEqualTo(file("/data/mailbench/mailbench.db"));
    }

    @Test
    void linuxFallsBackToLocalShare() {
        DatabaseLocation location = new DatabaseLocation(Map.of("XDG_DATA_HOME", " "), "Linux", HOME);

        assertThat(location.resolve(Optional.empty())).isEqualTo(file("/home/tech/.local/share/mailbench/mailbench.db"));
    }

    @Test
    void windowsUsesAppData() {
        DatabaseLocation location = new DatabaseLocation(Map.of("APPDATA", "/users/tech/roaming"), "Windows 11", HOME);

        assertThat(location.dataFolder()).isEqualTo(Path.of("/users/tech/roaming/Mailbench"));
    }

    @Test
    void cacheFolderPerOs() {
        assertThat(new DatabaseLocation(Map.of("XDG_CACHE_HOME", "/cache"), "Linux", HOME).cacheFolder())
                .isEqualTo(Path.of("/cache/mailbench"));
        assertThat(new DatabaseLocation(Map.of(), "Linux", HOME).cacheFolder()).isEqualTo(Path.of("/home/tech/.cache/mailbench"));
        assertThat(new DatabaseLocation(Map.of("LOCALAPPDATA", "/users/tech/local"), "Windows 11", HOME).cacheFolder())
                .isEqualTo(Path.of("/users/tech/local/Mailbench/Cache"));
        assertThat(new DatabaseLocation(Map.of(), "Mac OS X", HOME).cacheFolder()).isEqualTo(Path.of("/home/tech/Library/Caches/Mailbench"));
    }

    @Test
    void macUsesApplicationSupport() {
        DatabaseLocation location = new DatabaseLocation(Map.of(), "Mac OS X", HOME);

        assertThat(location.dataFolder()).isEqualTo(Path.of("/home/tech/Library/Application Support/Mailbench"));
    }

    @Test
    void environmentVariableOverridesTheDataFolderAndTheOptionOverridesBoth() {
        DatabaseLocation location = new DatabaseLocation(Map.of("MAILBENCH_DB", "/srv/shared.db"), "Linux", HOME);

        assertThat(location.resolve(Optional.empty())).isEqualTo(file("/srv/shared.db"));
        assertThat(location.resolve(Optional.of("/tmp/other.db"))).isEqualTo(file("/tmp/other.db"));
    }

    @Test
    void aPostgresqlAddressNamesATeamDatabaseVerifiedByDefault() {
        DatabaseLocation location = new DatabaseLocation(Map.of("MAILBENCH_DB", "postgresql://anna@db.example.ch/mailbench"),
                "Linux", HOME, "tech");

        assertThat(location.resolve(Optional.empty())).isEqualTo(new PostgresAddress("db.example.ch", 5432, "mailbench", "anna",
                PostgresAddress.SslMode.VERIFY_FULL, Optional.empty()));
        assertThat(location.resolve(Optional.of("postgresql://db.example.ch:6543/team?sslmode=require")))
                .isEqualTo(new PostgresAddress("db.example.ch", 6543, "team", "tech", PostgresAddress.SslMode.REQUIRE, Optional.empty()));
        assertThat(location.resolve(Optional.of("postgresql://anna@db.example.ch:5432/mailbench?sslmode=verify-full")).shownAs())
                .isEqualTo("postgresql://anna@db.example.ch:5432/mailbench?sslmode=verify-full");
    }

    @Test
    void otherUrisAndPasswordsInTheAddressAreRefusedNamingTheSource() {
        DatabaseLocation location = new DatabaseLocation(Map.of("MAILBENCH_DB", "jdbc:sqlite:/tmp/x.db"), "Linux", HOME, "tech");

        assertThatThrownBy(() -> location.resolve(Optional.empty())).hasMessageStartingWith("MAILBENCH_DB: ")
                .hasMessageContaining("postgresql://");
        assertThatThrownBy(() -> location.resolve(Optional.of("mysql://db/mailbench"))).hasMessageStartingWith("--db: ");
        assertThatThrownBy(() -> location.resolve(Optional.of("file:///tmp/x.db"))).hasMessageStartingWith("--db: ");
        assertThatThrownBy(() -> location.resolve(Optional.of("postgresql://anna:Secret-77@db/mailbench")))
                .hasMessageContaining("~/.pgpass").hasMessageNotContaining("Secret-77");
        assertThatThrownBy(() -> location.resolve(Optional.of("postgresql://anna@db/mailbench?password=Secret-77")))
                .hasMessageContaining("~/.pgpass").hasMessageNotContaining("Secret-77");
        assertThatThrownBy(() -> location.resolve(Optional.of("postgresql://anna@db/mailbench?sslmode=sometimes")))
                .hasMessageContaining("sslmode \"sometimes\"");
        assertThatThrownBy(() -> location.resolve(Optional.of("postgresql://anna@db/"))).hasMessageContaining("names no database");
    }

    @Test
    void aPathWithQuestionMarksOrColonsStaysAPath() {
        DatabaseLocation location = new DatabaseLocation(Map.of(), "Linux", HOME, "tech");

        assertThat(location.resolve(Optional.of("/tmp/q?journal_mode=DELETE.db"))).isEqualTo(file("/tmp/q?journal_mode=DELETE.db"));
        assertThat(location.resolve(Optional.of("/tmp/a:b.db"))).isEqualTo(file("/tmp/a:b.db"));
    }

    private static DatabaseAddress file(String path) {
        return new DatabaseAddress.SqliteFile(Path.of(path));
    }
}
