package ch.mailbench.core.port;

import ch.mailbench.core.model.Mailbox;

import java.util.Optional;

/**
 * Where a mailbox's password comes from when a login is tested: the encrypted vault, or what
 * the technician just typed. The caller owns the returned array and clears it after use.
 */
public interface PasswordSource {

    /** The password, or empty when none is stored (or the vault is locked and stays locked). */
    Optional<char[]> passwordFor(Mailbox mailbox);
}
