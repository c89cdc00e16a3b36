package ch.mailbench.core.vault;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;

/**
 * An AES-256 key derived from the master password, able to seal and open secrets with AES-GCM.
 * Every secret gets a fresh random 96-bit nonce; the associated data binds a ciphertext to its
 * purpose (which mailbox), so a ciphertext copied onto another row does not decrypt.
 * {@link #destroy()} overwrites the key bytes; the JCE keeps short-lived copies per operation,
 * which is as far as Java lets us go.
 */
final class VaultKey {

    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final int KEY_BITS = 256;
    private static final int TAG_BITS = 128;

    private final byte[] key;
    private final KdfParameters kdf;
    private final SecureRandom random;
    private boolean destroyed;

    private VaultKey(byte[] key, KdfParameters kdf, SecureRandom random) {
        this.key = key;
        this.kdf = kdf;
        this.random = random;
    }

    /** Runs the slow key derivation: call off the EDT. Does not clear {@code password}. */
    static VaultKey derive(char[] password, KdfParameters kdf, SecureRandom random) {
        PBEKeySpec spec = new PBEKeySpec(password, kdf.salt(), kdf.iterations(), KEY_BITS);
        try {
            byte[] key = SecretKeyFactory.getInstance(kdf.algorithm()).generateSecret(spec).getEncoded();
            return new VaultKey(key, kdf, random);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java has no " + kdf.algorithm(), e);
        } finally {
            spec.clearPassword();
        }
    }

    /** How this key was derived. */
    KdfParameters kdfParameters() {
        return kdf;
    }

    synchronized EncryptedSecret seal(byte[] plaintext, String purpose) {
        byte[] nonce = new byte[EncryptedSecret.NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, purpose);
            return new EncryptedSecret(nonce, cipher.doFinal(plaintext));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    EncryptedSecret sealChars(char[] secret, String purpose) {
        byte[] plaintext = utf8(secret);
        try {
            return seal(plaintext, purpose);
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    /** The plaintext, or empty when the tag does not match (another key, another purpose, or tampering). */
    synchronized Optional<byte[]> open(EncryptedSecret secret, String purpose) {
        try {
            return Optional.of(cipher(Cipher.DECRYPT_MODE, secret.nonce(), purpose).doFinal(secret.ciphertext()));
        } catch (AEADBadTagException e) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    Optional<char[]> openChars(EncryptedSecret secret, String purpose) {
        return open(secret, purpose).map(bytes -> {
            try {
                return chars(bytes);
            } finally {
                Arrays.fill(bytes, (byte) 0);
            }
        });
    }

    synchronized void destroy() {
        Arrays.fill(key, (byte) 0);
        destroyed = true;
    }

    private Cipher cipher(int mode, byte[] nonce, String purpose) throws GeneralSecurityException {
        if (destroyed) {
            throw new VaultLockedException();
        }
        Cipher cipher = Cipher.getInstance(CIPHER);
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    /** UTF-8 bytes of {@code chars} without an intermediate String (which could not be cleared). */
    static byte[] utf8(char[] chars) {
        ByteBuffer buffer = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
        byte[] bytes = Arrays.copyOfRange(buffer.array(), buffer.position(), buffer.limit());
        Arrays.fill(buffer.array(), (byte) 0);
        return bytes;
    }

    private static char[] chars(byte[] utf8) {
        CharBuffer buffer = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(utf8));
        char[] chars = Arrays.copyOfRange(buffer.array(), buffer.position(), buffer.limit());
        Arrays.fill(buffer.array(), '\0');
        return chars;
    }
}
