package ch.mailbench.app.ui;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class MnemonicTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"&File|File|0", "Aid&e|Aide|3", "Save|Save|-1", "R&&D &report|R&D report|4"})
    void readsTheMarkedLetter(String marked, String text, int index) {
        Mnemonic mnemonic = Mnemonic.of(marked);

        assertThat(mnemonic.text()).isEqualTo(text);
        assertThat(mnemonic.index()).isEqualTo(index);
    }
}
