package ch.mailbench.core.history;

import ch.mailbench.core.history.HistoryEntry.Action;
import ch.mailbench.core.history.HistoryEntry.Target;
import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.LastCheck;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.port.MailboxRepository;
import ch.mailbench.core.port.Repositories;
import ch.mailbench.core.port.StaleDataException;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Mailboxes, with a history entry for every insert, update and delete. Check results are not edits and are not recorded. */
final class RecordingMailboxes implements MailboxRepository {

    private final MailboxRepository reads;
    private final Writes writes;

    RecordingMailboxes(MailboxRepository reads, Writes writes) {
        this.reads = reads;
        this.writes = writes;
    }

    /** The customer whose history shows the mailbox. */
    static Optional<Long> customerOf(Repositories r, long domainId) {
        return r.domains().findById(domainId).map(MailDomain::customerId);
    }

    @Override
    public Mailbox insert(Mailbox mailbox) {
        return writes.run((r, recorder) -> {
            Mailbox stored = r.mailboxes().insert(mailbox);
            recorder.record(HistoryEntry.of(Action.CREATED, Target.MAILBOX, stored.id(), customerOf(r, stored.domainId()),
                    stored.address().unicode(), Map.of(), RowValues.of(stored), "", stored.version()));
            return stored;
        });
    }

    @Override
    public Mailbox update(Mailbox mailbox) {
        return writes.run((r, recorder) -> {
            Mailbox before = r.mailboxes().findById(mailbox.id())
                    .orElseThrow(() -> new StaleDataException("Mailbox " + mailbox.address()));
            Mailbox stored = r.mailboxes().update(mailbox);
            recorder.record(HistoryEntry.of(Action.CHANGED, Target.MAILBOX, stored.id(), customerOf(r, stored.domainId()),
                    stored.address().unicode(), RowValues.of(before), RowValues.of(stored), "", stored.version()));
            return stored;
        });
    }

    @Override
    public void delete(Mailbox mailbox) {
        writes.run((r, recorder) -> {
            Snapshot snapshot = Snapshot.ofMailbox(r, mailbox);
            Optional<Long> customer = customerOf(r, mailbox.domainId());
            r.mailboxes().delete(mailbox);
            recorder.record(HistoryEntry.of(Action.DELETED, Target.MAILBOX, mailbox.id(), customer,
                    mailbox.address().unicode(), RowValues.of(mailbox), Map.of(), snapshot.text(), 0));
            return null;
        });
    }

    @Override
    public void recordLastCheck(long mailboxId, LastCheck check) {
        // No entry (a bulk check would bury the changes, and there is nothing to undo), but the counter the
        // consoles poll moves in the same transaction: other technicians' windows show the new status by themselves.
        writes.run((r, recorder) -> {
            r.mailboxes().recordLastCheck(mailboxId, check);
            r.history().countChange();
            return null;
        });
    }

    @Override
    public Optional<Mailbox> findById(long id) {
        return reads.findById(id);
    }

    @Override
    public Optional<Mailbox> findByAddress(EmailAddress address) {
        return reads.findByAddress(address);
    }

    @Override
    public List<Mailbox> findByDomain(long domainId) {
        return reads.findByDomain(domainId);
    }

    @Override
    public List<Mailbox> findByCustomer(long customerId) {
        return reads.findByCustomer(customerId);
    }

    @Override
    public List<Mailbox> findAll() {
        return reads.findAll();
    }

    @Override
    public long countByCustomer(long customerId) {
        return reads.countByCustomer(customerId);
    }

    @Override
    public long countByDomain(long domainId) {
        return reads.countByDomain(domainId);
    }

    @Override
    public long count() {
        return reads.count();
    }
}
