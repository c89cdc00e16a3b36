package ch.mailbench.app.ui;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The console's texts as the console formats them; that every bundle is complete is BundlesTest's job. */
class MessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"fr", "de", "en"})
    void formatsPluralsInEachLanguage(String language) {
        Messages messages = new Messages(java.util.Locale.forLanguageTag(language));

        assertThat(messages.format("status.customers", 0)).isNotBlank();
        assertThat(messages.format("status.customers", 1)).contains("1");
        assertThat(messages.format("status.customers", 5000)).contains("5");
    }

    /** Deleting can be undone (Edit → Undo brings a customer back with everything): the question must not say otherwise. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"fr, Ctrl+Z, irréversible", "de, Ctrl+Z, nicht rückgängig", "en, Ctrl+Z, cannot be undone"})
    void theDeleteQuestionsPointToUndo(String language, String undo, String wrong) {
        Messages messages = new Messages(java.util.Locale.forLanguageTag(language));

        assertThat(messages.format("confirm.deleteCustomer.children", "Garage Meier", 1, 2)).contains(undo).doesNotContain(wrong);
        assertThat(messages.format("confirm.deleteDomain.children", "garage-meier.ch", 2)).contains(undo).doesNotContain(wrong);
    }
}
