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
}
