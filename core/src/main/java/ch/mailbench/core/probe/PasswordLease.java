package ch.mailbench.core.probe;

import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.port.PasswordSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Arrays;
import java.util.Optional;

/**
 * A mailbox's password shared by its server checks: asked for once, when the first check needs
 * it, and wiped when the last check of the mailbox is done.
 */
final class PasswordLease {

    private static final Logger LOG = LoggerFactory.getLogger(PasswordLease.class);

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
            try {
                password = source.passwordFor(mailbox);
            } catch (RuntimeException e) {
                // A vault that cannot give the password (wrong master password, locked again) makes
                // this a check without password, reported as such; it must not stop the whole run.
                LOG.warn("No password for {}: {}", mailbox.address(), e.getClass().getSimpleName());
                password = Optional.empty();
            }
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
