package ch.mailbench.core.model;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SheetLanguageTest {

    @Test
    void theUserInterfaceLanguageIsTheDefaultAndAnyOtherGivesEnglish() {
        assertThat(SheetLanguage.forLocale(Locale.forLanguageTag("fr-CH"))).isEqualTo(SheetLanguage.FR);
        assertThat(SheetLanguage.forLocale(Locale.forLanguageTag("de-CH"))).isEqualTo(SheetLanguage.DE);
        assertThat(SheetLanguage.forLocale(Locale.ITALIAN)).isEqualTo(SheetLanguage.IT);
        assertThat(SheetLanguage.forLocale(Locale.forLanguageTag("rm-CH"))).isEqualTo(SheetLanguage.EN);
    }

    @Test
    void codesAreReadIgnoringCaseAndAnythingElseIsNamed() {
        assertThat(SheetLanguage.fromCode(" DE ")).isEqualTo(SheetLanguage.DE);
        assertThatThrownBy(() -> SheetLanguage.fromCode("deutsch")).hasMessage("The sheet language must be one of fr, de, en, it");
    }
}
