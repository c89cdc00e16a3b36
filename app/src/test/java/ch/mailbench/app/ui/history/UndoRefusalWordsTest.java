package ch.mailbench.app.ui.history;

import ch.mailbench.core.history.HistoryEntry.Target;
import ch.mailbench.core.history.UndoRefusal;
import ch.mailbench.core.history.UndoRefusal.Kind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

/** The console's Undo refusal dialog says why in the technician's language, not in core's English. */
class UndoRefusalWordsTest {

    private static final UndoRefusal CHANGED_BY_BOB = new UndoRefusal(Kind.CHANGED, Target.MAILBOX, "anna@baeckerei-frei.ch", "bob",
            Instant.parse("2026-11-30T17:20:00Z"));

    @Test
    void aRefusalIsWordedInFrenchAndGerman() {
        assertThat(new HistoryTexts(new HistoryMessages(Locale.FRENCH)).refusal(CHANGED_BY_BOB))
                .isEqualTo("la boîte mail anna@baeckerei-frei.ch a été modifiée par bob le 2026-11-30 17:20 UTC depuis");
        assertThat(new HistoryTexts(new HistoryMessages(Locale.GERMAN)).refusal(CHANGED_BY_BOB))
                .isEqualTo("Postfach anna@baeckerei-frei.ch wurde seither von bob am 2026-11-30 17:20 UTC geändert");
        assertThat(new HistoryTexts(new HistoryMessages(Locale.ENGLISH)).refusal(CHANGED_BY_BOB)).isEqualTo(CHANGED_BY_BOB.english());
    }

    @Test
    void theRefusalWordsAreTheCommandLinesInAllThreeLanguages() {
        ResourceBundle.Control properties = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        for (Locale locale : List.of(Locale.ROOT, Locale.FRENCH, Locale.GERMAN)) {
            ResourceBundle console = ResourceBundle.getBundle("ch.mailbench.app.ui.history.HistoryMessages", locale, properties);
            ResourceBundle cli = ResourceBundle.getBundle("ch.mailbench.app.cli.HistoryTexts", locale, properties);
            List<String> keys = cli.keySet().stream().filter(key -> key.startsWith("undo.refusal.")).toList();
            assertThat(keys).isNotEmpty();
            for (String key : keys) {
                assertThat(console.getString(key)).as(locale + " " + key).isEqualTo(cli.getString(key));
            }
        }
    }
}
