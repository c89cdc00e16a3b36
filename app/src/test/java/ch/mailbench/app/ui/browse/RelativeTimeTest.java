package ch.mailbench.app.ui.browse;

import ch.mailbench.app.ui.Messages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class RelativeTimeTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @ParameterizedTest
    @CsvSource({"PT20S, en, just now", "PT3M, en, 3 min ago", "PT2H, en, 2 h ago", "P1D, en, 1 day ago", "P5D, en, 5 days ago",
            "PT3M, fr, il y a 3 min", "P5D, de, vor 5 Tagen", "P90D, en, 'Dec 1, 2025'"})
    void saysHowLongAgo(Duration age, String language, String expected) {
        RelativeTime time = new RelativeTime(new Messages(Locale.forLanguageTag(language)), Clock.fixed(NOW, ZoneId.of("UTC")));

        assertThat(time.ago(NOW.minus(age))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"en, 'Mar 1, 2026, 11:00:00 AM'"})
    void givesTheExactTimeInTheLocalZone(String language, String expected) {
        RelativeTime time = new RelativeTime(new Messages(Locale.forLanguageTag(language)), Clock.fixed(NOW, ZoneId.of("Europe/Zurich")));

        assertThat(time.exact(NOW)).isEqualTo(expected);
    }
}
