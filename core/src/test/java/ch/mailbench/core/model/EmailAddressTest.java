package ch.mailbench.core.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmailAddressTest {

    @ParameterizedTest
    @CsvSource({
            "marie@bakery-dupont.ch,        marie,          bakery-dupont.ch",
            "Marie.Dupont@Bakery-Dupont.CH, marie.dupont,   bakery-dupont.ch",
            "paul+invoices@garage.ch,       paul+invoices,  garage.ch",
            "'  info@meier.ch  ',           info,           meier.ch",
            "compta@cafe.ch.,               compta,         cafe.ch",
            "o'brien@pub.ie,                o'brien,        pub.ie"})
    void normalisesWhatTechniciansType(String typed, String localPart, String domain) {
        EmailAddress address = EmailAddress.parse(typed);

        assertThat(address.localPart()).isEqualTo(localPart);
        assertThat(address.domain().ascii()).isEqualTo(domain);
    }

    @Test
    void keepsIdnDomainsAsPunycodeAndShowsThemInUnicode() {
        EmailAddress address = EmailAddress.parse("info@Bäckerei-Müller.ch");

        assertThat(address.ascii()).isEqualTo("info@xn--bckerei-mller-bfb28a.ch");
        assertThat(address.unicode()).isEqualTo("info@bäckerei-müller.ch");
        assertThat(address.toString()).isEqualTo("info@bäckerei-müller.ch");
    }

    @Test
    void punycodeAndUnicodeSpellingsAreTheSameAddress() {
        assertThat(EmailAddress.parse("info@xn--bckerei-mller-bfb28a.ch"))
                .isEqualTo(EmailAddress.parse("INFO@bäckerei-müller.ch"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void rejectsEmptyInput(String typed) {
        assertThatThrownBy(() -> EmailAddress.parse(typed)).hasMessage("The email address is empty");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "marie.bakery.ch            | it has no @",
            "marie@@bakery.ch           | more than one @",
            "@bakery.ch                 | The part before the @ is empty",
            "marie@                     | The domain name is empty",
            "marie@bakery               | needs a dot",
            "marie..dupont@bakery.ch    | is not valid before the @",
            ".marie@bakery.ch           | is not valid before the @",
            "marie dupont@bakery.ch     | is not valid before the @",
            "marie@bak ery.ch           | contains a space",
            "marie@-bakery.ch           | no hyphen at either end",
            "marie@bakery..ch           | empty part between dots",
            "marie@10.0.0.1             | not a number"})
    void explainsWhyAnAddressIsInvalid(String typed, String reason) {
        assertThatThrownBy(() -> EmailAddress.parse(typed))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a valid email address")
                .hasMessageContaining(reason);
    }

    @Test
    void rejectsALocalPartLongerThan64Characters() {
        assertThatThrownBy(() -> EmailAddress.parse("a".repeat(65) + "@bakery.ch"))
                .hasMessageContaining("longer than 64 characters");
    }
}
