package ch.mailbench.app.ui;

import ch.mailbench.app.testing.MemoryPreferences;
import org.junit.jupiter.api.Test;

import ch.mailbench.core.discovery.DiscoveryOptions;

import java.awt.Rectangle;
import java.time.Duration;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Uses its own preferences, in memory, never the user's. */
class ConsolePreferencesTest {

    private final Preferences node = new MemoryPreferences();
    private final ConsolePreferences preferences = new ConsolePreferences(node);

    @Test
    void startsWithTheSystemThemeAndLanguageAndNothingRemembered() {
        assertThat(preferences.theme()).isEqualTo(Theme.SYSTEM);
        assertThat(preferences.language()).isEqualTo(UiLanguage.SYSTEM);
        assertThat(preferences.windowBounds()).isEmpty();
        assertThat(preferences.lastCustomer()).isEmpty();
        assertThat(preferences.splitPosition("main")).isEqualTo(-1);
    }

    @Test
    void remembersWhatTheConsoleStores() {
        preferences.setWindowBounds(new Rectangle(10, 20, 1200, 700));
        preferences.setTheme(Theme.DARK);
        preferences.setLanguage(UiLanguage.GERMAN);
        preferences.setLastCustomer(42);
        preferences.setSplitPosition("main", 310);
        preferences.setMaximized(true);

        ConsolePreferences reread = new ConsolePreferences(node);
        assertThat(reread.windowBounds()).contains(new Rectangle(10, 20, 1200, 700));
        assertThat(reread.theme()).isEqualTo(Theme.DARK);
        assertThat(reread.language()).isEqualTo(UiLanguage.GERMAN);
        assertThat(reread.lastCustomer()).hasValue(42L);
        assertThat(reread.splitPosition("main")).isEqualTo(310);
        assertThat(reread.maximized()).isTrue();
    }

    @Test
    void ignoresValuesItCannotRead() {
        node.put("window.bounds", "left,top");
        node.put("theme", "PURPLE");

        assertThat(preferences.windowBounds()).isEmpty();
        assertThat(preferences.theme()).isEqualTo(Theme.SYSTEM);
    }

    @Test
    void discoveryTimeoutIsTheDefaultUntilSetAndRefusesWhatDiscoveryCannotUse() {
        assertThat(preferences.discoveryTimeout()).isEqualTo(DiscoveryOptions.DEFAULT_TIMEOUT);
        preferences.setDiscoveryTimeout(Duration.ofSeconds(2));
        assertThat(new ConsolePreferences(node).discoveryTimeout()).isEqualTo(Duration.ofSeconds(2));

        assertThatThrownBy(() -> preferences.setDiscoveryTimeout(Duration.ZERO)).hasMessageContaining("1 to 600");
        assertThatThrownBy(() -> preferences.setDiscoveryTimeout(Duration.ofMillis(1500))).hasMessageContaining("1 to 600");
        node.putLong("discovery.timeoutSeconds", 0);
        assertThat(preferences.discoveryTimeout()).isEqualTo(DiscoveryOptions.DEFAULT_TIMEOUT);
    }
}
