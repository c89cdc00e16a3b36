package ch.mailbench.core.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UsernameFormatTest {

    private final EmailAddress address = EmailAddress.parse("Marie@Bäckerei.ch");

    @Test
    void producesTheUserNameToType() {
        assertThat(UsernameFormat.FULL_ADDRESS.usernameFor(address)).isEqualTo("marie@xn--bckerei-5wa.ch");
        assertThat(UsernameFormat.LOCAL_PART.usernameFor(address)).isEqualTo("marie");
        assertThat(UsernameFormat.custom(" u12345 ").usernameFor(address)).isEqualTo("u12345");
    }

    @Test
    void fullAddressAndLocalPartAreEachOthersAlternative() {
        assertThat(UsernameFormat.FULL_ADDRESS.alternative()).contains(UsernameFormat.LOCAL_PART);
        assertThat(UsernameFormat.LOCAL_PART.alternative()).contains(UsernameFormat.FULL_ADDRESS);
        assertThat(UsernameFormat.custom("u1").alternative()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"FULL, FULL_ADDRESS", "full_address, FULL_ADDRESS", "Local, LOCAL_PART", "LOCAL_PART, LOCAL_PART",
            "u12345, u12345", "marie.dupont, marie.dupont"})
    void readsStorageFormsAndShortSpellings(String text, String storageForm) {
        assertThat(UsernameFormat.fromStorageForm(text).storageForm()).isEqualTo(storageForm);
    }

    @Test
    void rejectsAnEmptyCustomUserName() {
        assertThatThrownBy(() -> UsernameFormat.custom("  ")).hasMessage("The custom user name is empty");
    }
}
