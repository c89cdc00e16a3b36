package ch.mailbench.core.vault;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordStrengthTest {

    @ParameterizedTest
    @CsvSource({
            "abc, TOO_SHORT",
            "Passwort, WEAK",
            "aaaaaaaaaaaa, WEAK",
            "bakerydu, WEAK",
            "bakery-2026, FAIR",
            "Bakery-Dupont, GOOD",
            "bakerydupontch, GOOD",
            "Bakery-Dupont-2026, STRONG",
            "correct horse battery staple, STRONG"})
    void ratesByLengthAndVariety(String password, PasswordStrength expected) {
        assertThat(PasswordStrength.of(password.toCharArray())).isEqualTo(expected);
    }
}
