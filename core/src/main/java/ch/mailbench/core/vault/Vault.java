package ch.mailbench.core.vault;

import ch.mailbench.core.port.Repositories;
import ch.mailbench.core.port.StaleDataException;
import ch.mailbench.core.port.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The mailbox passwords, encrypted at rest with AES-256-GCM under a key derived from the master
 * password (PBKDF2-HMAC-SHA256, over the password in Unicode NFC). The key lives only in this object's memory, from unlock until
 * {@link #lock()} or until it has been unused for the idle-lock time.
 * <p>
 * Thread-safe. Methods that derive a key (set up, unlock, change) take about a second and every
 * method except {@link #isUnlocked()}, {@link #lock()} and {@link #lockIfIdle()} reads the database:
 * call them off the EDT. Password arrays passed in are not cleared (the caller owns them); arrays
 * returned belong to the caller, who clears them after use.
 */
public final class Vault {

    public static final int MINIMUM_MASTER_PASSWORD_LENGTH = 8;

    private static final Logger LOG = LoggerFactory.getLogger(Vault.class);

    static final String CHECK_PURPOSE = "mailbench:vault-check";
    static final byte[] CHECK_VALUE = "Mailbench vault v1".getBytes(StandardCharsets.UTF_8);

    private final Store store;
    private final Clock clock;
    private final SecureRandom random;
    private final int iterationsForNewKeys;

    /** Guarded by this; all null while locked. */
    private VaultKey key;
    private VaultHeader unlockedHeader;
    private Instant lastUse;

    /**
     * @param iterationsForNewKeys the PBKDF2 work factor for new and changed master passwords
     *                             ({@link KdfParameters#RECOMMENDED_ITERATIONS} in the app; tests pass
     *                             less to stay fast). A vault stored with fewer is raised on unlock.
     */
    public Vault(Store store, Clock clock, SecureRandom random, int iterationsForNewKeys) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        if (iterationsForNewKeys < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
        this.iterationsForNewKeys = iterationsForNewKeys;
    }

    /** Reads the database (whether a master password was ever set). */
    public VaultState state() {
        if (isUnlocked()) {
            return VaultState.UNLOCKED;
        }
        return store.repositories().secrets().header().isPresent() ? VaultState.LOCKED : VaultState.NOT_SET_UP;
    }

    /** Whether the key is in memory and was used within the idle-lock time. Does not touch the database. */
    public synchronized boolean isUnlocked() {
        lockIfIdle();
        return key != null;
    }

    /** Sets the first master password and leaves the vault unlocked. */
    public void setUp(char[] masterPassword, Duration idleLock) {
        requireAcceptable(masterPassword);
        KdfParameters kdf = newKdf();
        VaultKey newKey = deriveNormalized(masterPassword, kdf);
        VaultHeader header = new VaultHeader(kdf, newKey.seal(CHECK_VALUE, CHECK_PURPOSE), idleLock);
        try {
            store.inTransaction(repositories -> {
                if (repositories.secrets().header().isPresent()) {
                    throw new IllegalStateException("A master password is already set");
                }
                repositories.secrets().saveHeader(header);
                return null;
            });
        } catch (RuntimeException e) {
            newKey.destroy();
            throw e;
        }
        becomeUnlocked(newKey, header);
    }

    /**
     * Opens the vault with the master password. A vault stored with a weaker key derivation than
     * this version uses is re-keyed on the way (all secrets in one transaction).
     *
     * @throws WrongMasterPasswordException nothing was decrypted, nothing changed
     * @throws VaultLockedException when no master password was ever set
     */
    public void unlock(char[] masterPassword) {
        VaultHeader header = store.repositories().secrets().header().orElseThrow(VaultLockedException::new);
        VaultKey verified = verifiedKey(masterPassword, header);
        if (header.kdf().iterations() < iterationsForNewKeys) {
            VaultKey raised = deriveNormalized(masterPassword, newKdf());
            try {
                VaultHeader written = reencryptAll(verified, header, raised);
                verified.destroy();
                becomeUnlocked(raised, written);
                return;
            } catch (RuntimeException e) {
                // Raising the work factor is a bonus: the technician still gets in, and the next unlock tries again.
                LOG.warn("Could not raise the vault's key derivation work factor: {}", e.getMessage());
            }
        }
        becomeUnlocked(verified, header);
    }

    /** Forgets the key now. */
    public synchronized void lock() {
        if (key != null) {
            key.destroy();
        }
        key = null;
        unlockedHeader = null;
        lastUse = null;
    }

    /** Locks when the key was unused for the idle-lock time; the console calls this on a timer. */
    public synchronized boolean lockIfIdle() {
        if (key != null && !clock.instant().isBefore(lastUse.plus(unlockedHeader.idleLock()))) {
            lock();
            return true;
        }
        return false;
    }

    /**
     * Replaces the master password, re-encrypting every secret under the new key in one
     * transaction (with a new salt and today's work factor). Leaves the vault unlocked.
     *
     * @throws WrongMasterPasswordException when {@code current} is wrong; nothing changed
     */
    public void changeMasterPassword(char[] current, char[] next) {
        requireAcceptable(next);
        VaultHeader header = store.repositories().secrets().header().orElseThrow(VaultLockedException::new);
        VaultKey oldKey = verifiedKey(current, header);
        VaultKey newKey = deriveNormalized(next, newKdf());
        VaultHeader written;
        try {
            written = reencryptAll(oldKey, header, newKey);
        } finally {
            oldKey.destroy();
        }
        becomeUnlocked(newKey, written);
    }

    /**
     * For a forgotten master password: deletes every stored password (the mailboxes and everything
     * else stay) and sets a new master password, in one transaction. Leaves the vault unlocked.
     */
    public void resetWithNewMasterPassword(char[] masterPassword) {
        requireAcceptable(masterPassword);
        KdfParameters kdf = newKdf();
        VaultKey newKey = deriveNormalized(masterPassword, kdf);
        Duration idleLock = store.repositories().secrets().header().map(VaultHeader::idleLock).orElse(VaultHeader.DEFAULT_IDLE_LOCK);
        VaultHeader header = new VaultHeader(kdf, newKey.seal(CHECK_VALUE, CHECK_PURPOSE), idleLock);
        store.inTransaction(repositories -> {
            repositories.secrets().deleteAll();
            repositories.secrets().saveHeader(header);
            return null;
        });
        lock();
        becomeUnlocked(newKey, header);
    }

    /** The stored idle-lock time (the default before set-up). */
    public Duration idleLock() {
        return store.repositories().secrets().header().map(VaultHeader::idleLock).orElse(VaultHeader.DEFAULT_IDLE_LOCK);
    }

    /** Changes the idle-lock time; works while locked, since it is not secret. */
    public void setIdleLock(Duration idleLock) {
        VaultHeader updated = store.inTransaction(repositories -> {
            VaultHeader header = repositories.secrets().header().orElseThrow(VaultLockedException::new).withIdleLock(idleLock);
            repositories.secrets().saveHeader(header);
            return header;
        });
        synchronized (this) {
            if (key != null) {
                unlockedHeader = updated;
            }
        }
    }

    /** Whether a password is stored for the mailbox; works while locked. */
    public boolean hasPassword(long mailboxId) {
        return store.repositories().secrets().exists(mailboxId);
    }

    public void storePassword(long mailboxId, char[] password) {
        store.inTransaction(repositories -> {
            storePassword(repositories, mailboxId, password);
            return null;
        });
    }

    /**
     * Encrypts and stores within the caller's transaction (an import writes mailboxes and their
     * passwords all or nothing).
     *
     * @throws VaultLockedException when locked, or when another instance changed the master password
     */
    public void storePassword(Repositories repositories, long mailboxId, char[] password) {
        if (password.length == 0) {
            throw new IllegalArgumentException("The password is empty");
        }
        VaultKey current = currentKey();
        requireSameHeader(repositories);
        repositories.secrets().put(mailboxId, current.sealChars(password, purpose(mailboxId)), Optional.of(clock.instant()));
    }

    /**
     * The mailbox's password, or empty when none is stored.
     *
     * @throws VaultLockedException when locked, or when another instance changed the master
     *                              password since this one unlocked (the vault locks; unlock again)
     */
    public Optional<char[]> password(long mailboxId) {
        return password(store.repositories(), mailboxId);
    }

    public Optional<char[]> password(Repositories repositories, long mailboxId) {
        VaultKey current = currentKey();
        Optional<EncryptedSecret> stored = repositories.secrets().find(mailboxId);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        Optional<char[]> plain = current.openChars(stored.get(), purpose(mailboxId));
        if (plain.isEmpty()) {
            requireSameHeader(repositories);
            throw new IllegalStateException("The stored password of mailbox #" + mailboxId
                    + " cannot be decrypted (the database was altered); enter the password again");
        }
        return plain;
    }

    /** When the mailbox's password was stored; empty without one, or for one stored before Mailbench recorded it. Works while locked. */
    public Optional<Instant> passwordSetAt(long mailboxId) {
        return store.repositories().secrets().setAt(mailboxId);
    }

    public boolean removePassword(long mailboxId) {
        return store.repositories().secrets().delete(mailboxId);
    }

    /**
     * The key of the stored vault. Since master passwords are normalized (NFC), a vault set up
     * earlier with a decomposed spelling is also tried as typed, so nobody is locked out by the change.
     */
    private VaultKey verifiedKey(char[] masterPassword, VaultHeader header) {
        VaultKey candidate = deriveNormalized(masterPassword, header.kdf());
        if (opensCheck(candidate, header)) {
            return candidate;
        }
        candidate.destroy();
        if (!MasterPasswordText.isNormalized(masterPassword)) {
            VaultKey asTyped = VaultKey.derive(masterPassword, header.kdf(), random);
            if (opensCheck(asTyped, header)) {
                return asTyped;
            }
            asTyped.destroy();
        }
        throw new WrongMasterPasswordException();
    }

    private static boolean opensCheck(VaultKey candidate, VaultHeader header) {
        Optional<byte[]> check = candidate.open(header.check(), CHECK_PURPOSE);
        return check.isPresent() && Arrays.equals(check.get(), CHECK_VALUE);
    }

    private VaultKey deriveNormalized(char[] masterPassword, KdfParameters kdf) {
        char[] normalized = MasterPasswordText.normalized(masterPassword);
        try {
            return VaultKey.derive(normalized, kdf, random);
        } finally {
            MasterPasswordText.clear(normalized);
        }
    }

    /**
     * Re-encrypts every secret from {@code oldKey} to {@code newKey} and writes the new header, in
     * one transaction; refuses when another instance changed the vault since {@code header} was
     * read. Destroys {@code newKey} when it fails; {@code oldKey} is the caller's.
     *
     * @return the header written
     */
    private VaultHeader reencryptAll(VaultKey oldKey, VaultHeader header, VaultKey newKey) {
        try {
            return store.inTransaction(repositories -> {
                VaultHeader stored = repositories.secrets().header().orElseThrow(VaultLockedException::new);
                if (!stored.equals(header)) {
                    throw new StaleDataException("The master password");
                }
                Map<Long, EncryptedSecret> reencrypted = new HashMap<>();
                repositories.secrets().findAll().forEach((mailboxId, secret) -> {
                    byte[] plain = oldKey.open(secret, purpose(mailboxId)).orElseThrow(() -> new IllegalStateException(
                            "The stored password of mailbox #" + mailboxId + " cannot be decrypted; nothing was changed"));
                    try {
                        reencrypted.put(mailboxId, newKey.seal(plain, purpose(mailboxId)));
                    } finally {
                        Arrays.fill(plain, (byte) 0);
                    }
                });
                VaultHeader written = new VaultHeader(newKey.kdfParameters(), newKey.seal(CHECK_VALUE, CHECK_PURPOSE), header.idleLock());
                // The header first: the history then records one new master password, not every re-sealed password.
                repositories.secrets().saveHeader(written);
                // Re-sealed, not changed: each password keeps the date it was stored on.
                reencrypted.forEach((mailboxId, secret) -> repositories.secrets().put(mailboxId, secret,
                        repositories.secrets().setAt(mailboxId)));
                return written;
            });
        } catch (RuntimeException e) {
            newKey.destroy();
            throw e;
        }
    }

    private synchronized void becomeUnlocked(VaultKey newKey, VaultHeader header) {
        if (key != null) {
            key.destroy();
        }
        key = newKey;
        unlockedHeader = header;
        lastUse = clock.instant();
    }

    private synchronized VaultKey currentKey() {
        lockIfIdle();
        if (key == null) {
            throw new VaultLockedException();
        }
        lastUse = clock.instant();
        return key;
    }

    /** Another instance on the same file may have changed the master password: this key is then outdated. */
    private void requireSameHeader(Repositories repositories) {
        Optional<VaultHeader> stored = repositories.secrets().header();
        VaultHeader mine;
        synchronized (this) {
            mine = unlockedHeader;
        }
        if (mine == null || stored.isEmpty() || !stored.get().kdf().equals(mine.kdf()) || !stored.get().check().equals(mine.check())) {
            lock();
            throw new VaultLockedException();
        }
    }

    private KdfParameters newKdf() {
        byte[] salt = new byte[KdfParameters.SALT_BYTES];
        random.nextBytes(salt);
        return new KdfParameters(KdfParameters.PBKDF2_SHA256, iterationsForNewKeys, salt);
    }

    private static void requireAcceptable(char[] masterPassword) {
        MasterPasswordText.requireLosslesslyDecoded(masterPassword);
        if (masterPassword.length < MINIMUM_MASTER_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("The master password needs at least " + MINIMUM_MASTER_PASSWORD_LENGTH + " characters");
        }
    }

    private static String purpose(long mailboxId) {
        return "mailbench:mailbox:" + mailboxId;
    }
}
