package ch.mailbench.app.ui.migration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationTextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "de"})
    void noTextShowsAFormattingArtefact(String language) {
        ResourceBundle bundle = ResourceBundle.getBundle("ch.mailbench.app.ui.migration.MigrationMessages", Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        MigrationTexts texts = new MigrationTexts(Locale.forLanguageTag(language));
        for (String key : Collections.list(bundle.getKeys())) {
            for (int count : new int[] {1, 3}) {
                assertThat(texts.format(key, count, count, count, count, count)).as(key).doesNotContain("''").doesNotContain("{");
            }
        }
    }
}
