package ch.mailbench.core.probe;

import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.port.PasswordSource;

import java.util.Arrays;
import java.util.Optional;

/**
 * A mailbox's password shared by its server checks: asked for once, when the first check needs
 * it, and wiped when the last check of the mailbox is done.
 */
final class PasswordLease {

    private final PasswordSource source;
    private final Mailbox mailbox;
    private int holders;
    private boolean fetched;
    private Optional<char[]> password = Optional.empty();

    PasswordLease(PasswordSource source, Mailbox mailbox, int holders) {
        this.source = source;
        this.mailbox = mailbox;
        this.holders = holders;
    }

    synchronized Optional<char[]> password() {
        if (!fetched) {
            fetched = true;
            password = source.passwordFor(mailbox);
        }
        return password;
    }

    /** One holder is done; the last one wipes the password. */
    synchronized void release() {
        holders--;
        if (holders <= 0) {
            password.ifPresent(chars -> Arrays.fill(chars, '\0'));
            password = Optional.empty();
        }
    }
}
