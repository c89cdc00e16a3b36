package ch.mailbench.core.port;

import ch.mailbench.core.model.Verification;

import java.util.List;

/** The history of checks. Rows are only appended; they go when their mailbox goes. */
public interface VerificationRepository {

    Verification add(Verification verification);

    /** The mailbox's checks, newest first, at most {@code limit}. */
    List<Verification> findByMailbox(long mailboxId, int limit);
}
