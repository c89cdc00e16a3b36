package ch.mailbench.core.port;

import ch.mailbench.core.vault.EncryptedSecret;
import ch.mailbench.core.vault.VaultHeader;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Storage of the vault: its header (key derivation, check value, idle lock) and one encrypted
 * password per mailbox. Only ciphertext ever passes through here. A mailbox's secret goes when the
 * mailbox goes.
 */
public interface SecretRepository {

    /** Empty until a master password has been set. */
    Optional<VaultHeader> header();

    /** Writes the header, replacing the previous one. */
    void saveHeader(VaultHeader header);

    Optional<EncryptedSecret> find(long mailboxId);

    /**
     * Stores or replaces the mailbox's secret.
     *
     * @param setAt when the password was stored: now for a new password; the stored instant for one
     *              re-sealed under a new master password or put back by Undo; empty when not known
     */
    void put(long mailboxId, EncryptedSecret secret, Optional<Instant> setAt);

    /** When the mailbox's password was stored; empty without a password, or for one stored before that was recorded. */
    Optional<Instant> setAt(long mailboxId);

    /**
     * Every mailbox with a stored password, by id, with when it was set (empty for one stored before
     * that was recorded): what lists show, read in one query and without the ciphertexts.
     */
    Map<Long, Optional<Instant>> passwordDates();

    /** {@link #passwordDates()} for the mailboxes of one customer only. */
    Map<Long, Optional<Instant>> passwordDates(long customerId);

    /** @return whether there was a secret to delete */
    boolean delete(long mailboxId);

    /** Deletes every secret (a forgotten master password); the mailboxes stay. */
    void deleteAll();

    /** Every secret by mailbox id. */
    Map<Long, EncryptedSecret> findAll();

    boolean exists(long mailboxId);

    long count();
}
