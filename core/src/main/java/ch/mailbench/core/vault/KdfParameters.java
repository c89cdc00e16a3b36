package ch.mailbench.core.vault;

import java.util.Arrays;
import java.util.Objects;

/**
 * How the vault key is derived from the master password: the algorithm, its work factor and the
 * salt. Stored with the vault, so a later version can raise the work factor and re-key on unlock.
 */
public record KdfParameters(String algorithm, int iterations, byte[] salt) {

    /** PBKDF2 with HMAC-SHA256, as OWASP (2023) recommends it: at least 600,000 iterations. */
    public static final String PBKDF2_SHA256 = "PBKDF2WithHmacSHA256";
    public static final int RECOMMENDED_ITERATIONS = 600_000;
    public static final int SALT_BYTES = 16;

    public KdfParameters {
        Objects.requireNonNull(algorithm, "algorithm");
        if (!PBKDF2_SHA256.equals(algorithm)) {
            throw new IllegalArgumentException("Unknown key derivation " + algorithm);
        }
        if (iterations < 1) {
            throw new IllegalArgumentException("The key derivation needs at least one iteration");
        }
        Objects.requireNonNull(salt, "salt");
        if (salt.length < SALT_BYTES) {
            throw new IllegalArgumentException("The vault salt is shorter than " + SALT_BYTES + " bytes");
        }
        salt = salt.clone();
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KdfParameters that && algorithm.equals(that.algorithm)
                && iterations == that.iterations && Arrays.equals(salt, that.salt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(algorithm, iterations, Arrays.hashCode(salt));
    }

    @Override
    public String toString() {
        return algorithm + " × " + iterations;
    }
}
