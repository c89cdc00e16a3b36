package ch.mailbench.app.ui;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one completeness check of every text bundle Mailbench shows: French and German say
 * everything English says, and every text is a MessageFormat pattern that keeps its placeholders
 * and leaves no quoting artefact. A new bundle is added to the list here.
 */
class BundlesTest {

    private static final String[] LANGUAGES = {"en", "fr", "de"};

    @ParameterizedTest
    @ValueSource(strings = {"ch.mailbench.app.ui.Messages", "ch.mailbench.app.ui.vault.VaultMessages",
            "ch.mailbench.app.ui.verify.VerifyMessages", "ch.mailbench.app.ui.sheet.SheetDialog", "ch.mailbench.core.model.Outcomes"})
    void everyLanguageHasEveryTextAsAWorkingPattern(String bundleName) {
        ResourceBundle english = own(bundleName, "en");
        Set<String> keys = keys(english);
        assertThat(keys).as(bundleName).isNotEmpty();
        for (String language : LANGUAGES) {
            ResourceBundle texts = own(bundleName, language);
            assertThat(keys(texts)).as(bundleName + " " + language).isEqualTo(keys);
            for (String key : keys) {
                String text = texts.getString(key);
                String where = bundleName + " " + language + " " + key;
                if (!english.getString(key).isBlank()) {
                    assertThat(text).as(where).isNotBlank();
                }
                // One convention: an apostrophe is always written twice, never used to quote.
                assertThat(text.replace("''", "")).as(where).doesNotContain("'");
                assertThat(new MessageFormat(text).getFormatsByArgumentIndex()).as(where)
                        .hasSameSizeAs(new MessageFormat(english.getString(key)).getFormatsByArgumentIndex());
                assertThat(new MessageFormat(text, Locale.forLanguageTag(language)).format(new Object[] {2, 3, 4, 5, 6, 7, 8, 9, 10, 11}))
                        .as(where).doesNotContain("''").doesNotContain("{");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "de", "en"})
    void formatsPluralsInEachLanguage(String language) {
        Messages messages = new Messages(Locale.forLanguageTag(language));

        assertThat(messages.format("status.customers", 0)).isNotBlank();
        assertThat(messages.format("status.customers", 1)).contains("1");
        assertThat(messages.format("status.customers", 5000)).contains("5");
    }

    /** Only the texts of {@code language}'s own file (English is the base file), without its parent's. */
    private static ResourceBundle own(String bundleName, String language) {
        String file = "/" + bundleName.replace('.', '/') + ("en".equals(language) ? "" : "_" + language) + ".properties";
        try (InputStream in = BundlesTest.class.getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> keys(ResourceBundle bundle) {
        return new TreeSet<>(Collections.list(bundle.getKeys()));
    }
}
