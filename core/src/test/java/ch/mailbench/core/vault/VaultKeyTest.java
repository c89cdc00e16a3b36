package ch.mailbench.core.vault;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VaultKeyTest {

    private static final KdfParameters KDF = new KdfParameters(KdfParameters.PBKDF2_SHA256, 1_000, new byte[16]);
    private final SecureRandom random = new SecureRandom();

    @Test
    void opensWhatItSealedForTheSamePurposeOnly() {
        VaultKey key = VaultKey.derive("master password".toCharArray(), KDF, random);
        EncryptedSecret sealed = key.sealChars("mot de passe é€".toCharArray(), "mailbox:1");

        assertThat(key.openChars(sealed, "mailbox:1")).hasValueSatisfying(p -> assertThat(p).containsExactly("mot de passe é€".toCharArray()));
        assertThat(key.openChars(sealed, "mailbox:2")).isEmpty();
    }

    @Test
    void anotherPasswordOrSaltGivesAKeyThatOpensNothing() {
        EncryptedSecret sealed = VaultKey.derive("master password".toCharArray(), KDF, random).seal(new byte[] {1, 2, 3}, "p");

        assertThat(VaultKey.derive("master passworD".toCharArray(), KDF, random).open(sealed, "p")).isEmpty();
        byte[] otherSalt = new byte[16];
        otherSalt[0] = 1;
        assertThat(VaultKey.derive("master password".toCharArray(), new KdfParameters(KdfParameters.PBKDF2_SHA256, 1_000, otherSalt), random)
                .open(sealed, "p")).isEmpty();
    }

    @Test
    void detectsATamperedCiphertext() {
        VaultKey key = VaultKey.derive("master password".toCharArray(), KDF, random);
        EncryptedSecret sealed = key.seal("secret".getBytes(StandardCharsets.UTF_8), "p");
        byte[] flipped = sealed.ciphertext();
        flipped[0] ^= 1;

        assertThat(key.open(new EncryptedSecret(sealed.nonce(), flipped), "p")).isEmpty();
    }

    @Test
    void usesAFreshNonceEveryTime() {
        VaultKey key = VaultKey.derive("master password".toCharArray(), KDF, random);

        assertThat(key.seal(new byte[] {7}, "p").nonce()).isNotEqualTo(key.seal(new byte[] {7}, "p").nonce());
    }

    @Test
    void aDestroyedKeyRefusesToWork() {
        VaultKey key = VaultKey.derive("master password".toCharArray(), KDF, random);
        key.destroy();

        assertThatThrownBy(() -> key.seal(new byte[] {7}, "p")).isInstanceOf(VaultLockedException.class);
    }

    @Test
    void encodesPasswordsAsUtf8WithoutAString() {
        assertThat(VaultKey.utf8("é€".toCharArray())).containsExactly("é€".getBytes(StandardCharsets.UTF_8));
    }
}
