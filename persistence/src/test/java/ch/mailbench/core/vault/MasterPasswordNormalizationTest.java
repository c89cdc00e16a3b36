package ch.mailbench.core.vault;

import ch.mailbench.persistence.Database;
import ch.mailbench.persistence.JooqStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 12 item 1: the master password is Unicode-normalized (NFC) before the key is derived, so
 * "ä" typed as one code point or as "a" + combining diaeresis opens the same vault; a password that
 * was not decoded losslessly (U+FFFD) never becomes a key.
 */
class MasterPasswordNormalizationTest {

    private static final String NFC = Normalizer.normalize("Pässwörd-123", Normalizer.Form.NFC);
    private static final String NFD = Normalizer.normalize("Pässwörd-123", Normalizer.Form.NFD);

    @TempDir
    Path folder;

    private JooqStore store;

    @BeforeEach
    void open() {
        store = new JooqStore(Database.open(folder.resolve("m.db"), Clock.systemUTC()));
    }

    private Vault vault() {
        return new Vault(store, Clock.systemUTC(), new SecureRandom(), 1_000);
    }

    @Test
    void composedAndDecomposedSpellingsOpenTheSameVault() {
        assertThat(NFC).isNotEqualTo(NFD);
        vault().setUp(NFD.toCharArray(), Duration.ofMinutes(5));

        Vault restarted = vault();
        restarted.unlock(NFC.toCharArray());
        assertThat(restarted.isUnlocked()).isTrue();
        Vault again = vault();
        again.unlock(NFD.toCharArray());
        assertThat(again.isUnlocked()).isTrue();
        assertThatThrownBy(() -> vault().unlock("Püsswärd-123".toCharArray())).isInstanceOf(WrongMasterPasswordException.class);
    }

    @Test
    void aVaultSetUpBeforeNormalizationWithADecomposedPasswordStillOpens() {
        KdfParameters kdf = new KdfParameters(KdfParameters.PBKDF2_SHA256, 1_000, new byte[KdfParameters.SALT_BYTES]);
        VaultKey legacy = VaultKey.derive(NFD.toCharArray(), kdf, new SecureRandom());
        store.repositories().secrets().saveHeader(new VaultHeader(kdf, legacy.seal(Vault.CHECK_VALUE, Vault.CHECK_PURPOSE),
                Duration.ofMinutes(5)));

        Vault vault = new Vault(store, Clock.systemUTC(), new SecureRandom(), 1_000);
        vault.unlock(NFD.toCharArray());

        assertThat(vault.isUnlocked()).isTrue();
    }

    @Test
    void aPasswordWithAReplacementCharacterNeverBecomesAKey() {
        assertThatThrownBy(() -> vault().setUp("P\uFFFDssw\uFFFDrd-123".toCharArray(), Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("U+FFFD");
        assertThat(vault().state()).isEqualTo(VaultState.NOT_SET_UP);
    }
}
