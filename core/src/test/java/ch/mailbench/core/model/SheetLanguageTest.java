package ch.mailbench.core.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class SheetLanguageTest {

    @ParameterizedTest
    @CsvSource({"fr-CH, FR", "de-CH, DE", "it, IT", "en-GB, EN", "rm-CH, EN", "ja-JP, EN"})
    void followsTheLocaleLanguageAndFallsBackToEnglish(String tag, SheetLanguage expected) {
        assertThat(SheetLanguage.forLocale(Locale.forLanguageTag(tag))).isEqualTo(expected);
    }
}
