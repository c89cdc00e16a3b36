package ch.mailbench.app;

import ch.mailbench.app.testing.MemoryPreferences;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who the history names: MAILBENCH_TECHNICIAN, else the name set in the settings, else the operating-system user. */
class TechnicianNameTest {

    private final TechnicianName name = new TechnicianName(new MemoryPreferences());

    @Test
    void theOperatingSystemUserUntilANameIsSet() {
        assertThat(name.resolve(Map.of())).isEqualTo(System.getProperty("user.name"));

        name.set("  Anna Frei ");
        assertThat(name.resolve(Map.of())).isEqualTo("Anna Frei");
        assertThat(name.resolve(Map.of("MAILBENCH_TECHNICIAN", "bob"))).as("the variable wins (scripts)").isEqualTo("bob");

        name.set(" ");
        assertThat(name.setName()).isEmpty();
        assertThat(name.resolve(Map.of("MAILBENCH_TECHNICIAN", " "))).isEqualTo(System.getProperty("user.name"));
    }

    @Test
    void aNameLongerThan100CharactersIsRefused() {
        assertThatThrownBy(() -> name.set("x".repeat(101))).hasMessageContaining("longer than 100 characters");
        assertThat(name.setName()).isEmpty();
    }
}
