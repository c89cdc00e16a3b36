package ch.mailbench.core.vault;

import java.time.Duration;
import java.util.Objects;

/**
 * What the vault stores besides the secrets: how its key is derived, a check value sealed with
 * that key (decrypting it proves the master password without decrypting any secret), and how long
 * the key may stay in memory unused.
 */
public record VaultHeader(KdfParameters kdf, EncryptedSecret check, Duration idleLock) {

    public static final Duration DEFAULT_IDLE_LOCK = Duration.ofMinutes(15);

    public VaultHeader {
        Objects.requireNonNull(kdf, "kdf");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(idleLock, "idleLock");
        if (idleLock.isNegative() || idleLock.isZero()) {
            throw new IllegalArgumentException("The idle lock time must be positive");
        }
    }

    public VaultHeader withIdleLock(Duration newIdleLock) {
        return new VaultHeader(kdf, check, newIdleLock);
    }
}
