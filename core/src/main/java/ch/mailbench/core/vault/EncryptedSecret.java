package ch.mailbench.core.vault;

import java.util.Arrays;
import java.util.Objects;

/** One AES-256-GCM ciphertext (with its authentication tag) and the random nonce it was sealed with. */
public record EncryptedSecret(byte[] nonce, byte[] ciphertext) {

    public static final int NONCE_BYTES = 12;

    public EncryptedSecret {
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(ciphertext, "ciphertext");
        if (nonce.length != NONCE_BYTES) {
            throw new IllegalArgumentException("A vault nonce has " + NONCE_BYTES + " bytes");
        }
        nonce = nonce.clone();
        ciphertext = ciphertext.clone();
    }

    @Override
    public byte[] nonce() {
        return nonce.clone();
    }

    @Override
    public byte[] ciphertext() {
        return ciphertext.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EncryptedSecret that && Arrays.equals(nonce, that.nonce) && Arrays.equals(ciphertext, that.ciphertext);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(nonce) + Arrays.hashCode(ciphertext);
    }

    /** Never the bytes: they are not secret, but logs full of them help nobody. */
    @Override
    public String toString() {
        return "EncryptedSecret[" + ciphertext.length + " bytes]";
    }
}
