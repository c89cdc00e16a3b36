package ch.mailbench.app.ui;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** French and German must say everything English says, and every text must be usable as a pattern. */
class MessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"_fr", "_de"})
    void everyLanguageHasEveryText(String suffix) throws IOException {
        Properties english = load("");
        Properties other = load(suffix);

        assertThat(other.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        other.stringPropertyNames().forEach(key -> assertThat(other.getProperty(key)).as(key).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_fr", "_de"})
    void everyPatternParsesAndKeepsItsPlaceholders(String suffix) throws IOException {
        Properties english = load("");
        Properties texts = load(suffix);
        for (String key : texts.stringPropertyNames()) {
            String text = texts.getProperty(key);
            if (text.contains("{")) {
                assertThat(new MessageFormat(text).getFormatsByArgumentIndex()).as(key)
                        .hasSameSizeAs(new MessageFormat(english.getProperty(key)).getFormatsByArgumentIndex());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "de", "en"})
    void formatsPluralsInEachLanguage(String language) {
        Messages messages = new Messages(java.util.Locale.forLanguageTag(language));

        assertThat(messages.format("status.customers", 0)).isNotBlank();
        assertThat(messages.format("status.customers", 1)).contains("1");
        assertThat(messages.format("status.customers", 5000)).contains("5");
    }

    private static Properties load(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/ch/mailbench/app/ui/Messages" + suffix + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
