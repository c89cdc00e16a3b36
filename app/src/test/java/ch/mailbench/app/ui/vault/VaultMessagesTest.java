package ch.mailbench.app.ui.vault;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class VaultMessagesTest {

    @Test
    void frenchGermanAndEnglishHaveTheSameKeys() throws IOException {
        Properties english = load("VaultMessages.properties");

        assertThat(load("VaultMessages_fr.properties").keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
        assertThat(load("VaultMessages_de.properties").keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = VaultMessages.class.getResourceAsStream(name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
