package ch.mailbench.core.probe;

import ch.mailbench.core.model.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class OutcomeTextsTest {

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
