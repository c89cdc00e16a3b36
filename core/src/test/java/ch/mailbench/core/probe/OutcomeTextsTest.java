package ch.mailbench.core.probe;

import ch.mailbench.core.model.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class OutcomeTextsTest {

    private static Set<String> ownKeys(String language) {
        ResourceBundle bundle = ResourceBundle.getBundle("ch.mailbench.core.model.Outcomes", Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new TreeSet<>(Collections.list(bundle.getKeys()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "de"})
    void everyLanguageHasEveryText(String language) {
        assertThat(ownKeys(language)).isEqualTo(ownKeys("en"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "de"})
    void everyOutcomeHasALabelAnExplanationAndAHint(String language) {
        OutcomeTexts texts = new OutcomeTexts(Locale.forLanguageTag(language));
        for (Outcome outcome : Outcome.values()) {
            assertThat(texts.label(outcome)).isNotBlank().doesNotContain("''");
            assertThat(texts.explanation(Diagnosis.of(outcome, "", "", "x", "y"))).isNotBlank().doesNotContain("{").doesNotContain("''");
        }
    }
}
