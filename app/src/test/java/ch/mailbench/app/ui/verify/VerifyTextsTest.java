package ch.mailbench.app.ui.verify;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class VerifyTextsTest {

    private static Set<String> ownKeys(String language) {
        ResourceBundle bundle = ResourceBundle.getBundle("ch.mailbench.app.ui.verify.VerifyMessages", Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new TreeSet<>(Collections.list(bundle.getKeys()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "de"})
    void noTextShowsAFormattingArtefact(String language) {
        VerifyTexts texts = new VerifyTexts(Locale.forLanguageTag(language));
        for (String key : ownKeys(language)) {
            assertThat(texts.format(key, "x", "y", "z", "w")).as(key).doesNotContain("''").doesNotContain("{");
        }
    }
}
