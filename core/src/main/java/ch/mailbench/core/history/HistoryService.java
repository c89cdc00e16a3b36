package ch.mailbench.core.history;

import ch.mailbench.core.change.ChangeSet;
import ch.mailbench.core.history.HistoryEntry.Action;
import ch.mailbench.core.history.HistoryEntry.Target;
import ch.mailbench.core.history.UndoRefusal.Kind;
import ch.mailbench.core.model.Customer;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.port.Repositories;
import ch.mailbench.core.port.StaleDataException;
import ch.mailbench.core.port.Store;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads the history and undoes the last operation of this technician, in one transaction: every
 * entry of it reverted newest first, or — when a row was changed since by someone else, or the
 * change cannot be reverted — nothing, with the reasons in words. Works on the store underneath
 * the {@link RecordingStore}: the undo itself is one {@link Action#UNDONE} entry, and the undone
 * entries are marked. All methods touch the database: call them off the Event Dispatch Thread.
 */
public final class HistoryService {


    private final Store store;
    private final Clock clock;
    private final String technician;

    /** @param store the store underneath the recording one */
    public HistoryService(Store store, Clock clock, String technician) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.technician = Objects.requireNonNull(technician, "technician");
    }

    /** Who this Mailbench records as the author of changes. */
    public String technician() {
        return technician;
    }

    /** The newest history entry's id: it changes whenever anyone changes something (see {@code HistoryRepository#newestId}). */
    public long newestId() {
        return store.repositories().history().newestId();
    }

    /** The newest change of one customer, domain or mailbox still standing (not undone), if the history has one. */
    public Optional<HistoryEntry> lastChangeOf(Target target, long id) {
        List<HistoryEntry> changes = store.repositories().history().laterOn(target, id, 0);
        return changes.isEmpty() ? Optional.empty() : Optional.of(changes.get(changes.size() - 1));
    }

    /**
     * Runs {@code save}; when it is refused as stale, throws a {@link ChangedElsewhereException} naming
     * the row's last change instead (the plain refusal when the history knows none). Off the EDT.
     */
    public <T> T explainingStale(Target target, long id, Supplier<T> save) {
        try {
            return save.get();
        } catch (StaleDataException refused) {
            Optional<HistoryEntry> last = id == 0 ? Optional.empty() : lastChangeOf(target, id);
            if (last.isPresent()) {
                throw new ChangedElsewhereException(refused, last.get());
            }
            throw refused;
        }
    }

    public List<HistoryEntry> log(HistoryQuery query) {
        return store.repositories().history().find(query);
    }

    /** The id of the customer called {@code name} now, or — deleted — the last one recorded under that name. */
    public Optional<Long> customerIdNamed(String name) {
        return store.inTransaction(r -> r.customers().findByName(name).map(Customer::id).or(() -> r.history()
                .find(HistoryQuery.all(Integer.MAX_VALUE)).stream()
                .filter(e -> e.target() == Target.CUSTOMER && e.label().equalsIgnoreCase(name.strip()))
                .map(HistoryEntry::targetId).findFirst()));
    }

    /** What {@link #undoLast()} would revert now. */
    public Optional<Undoable> lastUndoable() {
        return store.inTransaction(r -> r.history().lastOperationBy(technician).map(op -> Undoable.of(r.history().operation(op))));
    }

    /**
     * Reverts this technician's last operation not undone yet.
     *
     * @return the entry recording the undo
     * @throws IllegalStateException when there is nothing to undo
     * @throws UndoRefusedException  naming every row that stands in the way; nothing was undone. A certificate
     *                               decision someone else replaced since is set aside by that refusal
     *                               ({@link UndoRefusedException#setAside()}): the next undo reverts the change before it
     */
    public HistoryEntry undoLast() {
        Undone done = store.inTransaction(r -> {
            Undoable undoable = r.history().lastOperationBy(technician).map(op -> Undoable.of(r.history().operation(op)))
                    .orElseThrow(() -> new IllegalStateException("Nothing to undo: " + technician + " has no change left to undo"));
            long lastId = undoable.entries().get(undoable.entries().size() - 1).id();
            List<UndoRefusal> refusals = new ArrayList<>();
            for (int i = undoable.entries().size() - 1; i >= 0; i--) {
                refusals.addAll(revert(r, undoable.entries().get(i), lastId));
            }
            if (!refusals.isEmpty()) {
                Optional<HistoryEntry> replacedBy = replacedCertificateDecision(r, undoable, lastId);
                if (replacedBy.isEmpty()) {
                    throw new UndoRefusedException(undoable, refusals, false);
                }
                // Someone else decided about that host's certificates since: their decision stands, and this one
                // no longer blocks Undo of the technician's earlier changes (it is marked as replaced by theirs).
                r.history().markUndone(undoable.operationId(), replacedBy.get().id());
                return new Undone(null, new UndoRefusedException(undoable, refusals, true));
            }
            HistoryEntry main = undoable.main();
            HistoryEntry undo = r.history().add(HistoryEntry.of(Action.UNDONE, main.target(), main.targetId(), main.customerId(),
                    main.label(), Map.of(), Map.of("undone", main.action().name()), "", 0).stored(0, 0, clock.instant(), technician));
            r.history().markUndone(undoable.operationId(), undo.id());
            return new Undone(undo, null);
        });
        if (done.setAside() != null) {
            throw done.setAside();
        }
        return done.undo();
    }

    /** The outcome of the undo transaction: the undo's entry, or a certificate decision set aside (committed, then thrown). */
    private record Undone(HistoryEntry undo, UndoRefusedException setAside) {
    }

    /** For an operation that is one certificate decision: the later decision about the same host that replaced it. */
    private static Optional<HistoryEntry> replacedCertificateDecision(Repositories r, Undoable undoable, long lastId) {
        if (undoable.entries().size() != 1 || undoable.main().target() != Target.CERTIFICATE) {
            return Optional.empty();
        }
        List<HistoryEntry> later = r.history().laterOnLabel(Target.CERTIFICATE, undoable.main().label(), lastId);
        return later.isEmpty() ? Optional.empty() : Optional.of(later.get(later.size() - 1));
    }

    /** Reverts one entry, or says why not (leaving everything else to the rollback). */
    private List<UndoRefusal> revert(Repositories r, HistoryEntry entry, long lastId) {
        if (entry.target() == Target.VAULT) {
            return List.of(notUndoable(entry));
        }
        return switch (entry.action()) {
            case CREATED, CHANGED -> revertRow(r, entry, lastId).stream().toList();
            case DELETED -> {
                Snapshot snapshot = Snapshot.parse(entry.restoreData());
                List<UndoRefusal> conflicts = snapshot.conflicts(r);
                if (!conflicts.isEmpty()) {
                    yield conflicts;
                }
                snapshot.restore(r);
                yield List.of();
            }
            case PASSWORD_SET, PASSWORD_REMOVED -> revertPassword(r, entry, lastId).stream().toList();
            case CHANGE_SET_APPLIED -> {
                Optional<ChangeSet> changeSet = r.changeSets().findById(entry.targetId());
                if (changeSet.isEmpty() || changeSet.get().reverted()) {
                    yield List.of(UndoRefusal.of(Kind.CHANGE_SET_REVERTED, Target.CHANGE_SET, String.valueOf(entry.targetId())));
                }
                r.changeSets().markReverted(entry.targetId(), clock.instant(), technician);
                yield List.of();
            }
            case CERTIFICATE_TRUSTED, CERTIFICATE_REVOKED -> revertCertificate(r, entry, lastId).stream().toList();
            case IMPORTED -> List.of();
            case CHANGE_SET_REVERTED -> List.of(UndoRefusal.of(Kind.REVERT_NOT_UNDOABLE, Target.CHANGE_SET, entry.label()));
            default -> List.of(notUndoable(entry));
        };
    }

    private Optional<UndoRefusal> revertRow(Repositories r, HistoryEntry entry, long lastId) {
        Optional<Long> version = currentVersion(r, entry);
        if (version.isEmpty() || version.get() != entry.versionAfter()) {
            return Optional.of(changedSince(r, entry, lastId, version.isEmpty() ? Kind.DELETED : Kind.CHANGED));
        }
        boolean created = entry.action() == Action.CREATED;
        switch (entry.target()) {
            case CUSTOMER -> {
                Customer customer = r.customers().findById(entry.targetId()).orElseThrow();
                if (created && !r.domains().findByCustomer(customer.id()).isEmpty()) {
                    return Optional.of(UndoRefusal.of(Kind.NOT_EMPTY, Target.CUSTOMER, entry.label()));
                }
                if (created) {
                    r.customers().delete(customer);
                } else {
                    r.customers().update(RowValues.customer(customer.id(), customer.version(), entry.oldValues()));
                }
            }
            case DOMAIN -> {
                MailDomain domain = r.domains().findById(entry.targetId()).orElseThrow();
                if (created && r.mailboxes().countByDomain(domain.id()) > 0) {
                    return Optional.of(UndoRefusal.of(Kind.NOT_EMPTY, Target.DOMAIN, entry.label()));
                }
                if (created) {
                    r.domains().delete(domain);
                } else {
                    r.domains().update(RowValues.domain(domain.id(), domain.version(), domain.customerId(), entry.oldValues()));
                }
            }
            case MAILBOX -> {
                Mailbox mailbox = r.mailboxes().findById(entry.targetId()).orElseThrow();
                if (created) {
                    r.mailboxes().delete(mailbox);
                } else {
                    r.mailboxes().update(RowValues.mailbox(mailbox.id(), mailbox.version(), mailbox.domainId(), mailbox.lastCheck(),
                            entry.oldValues()));
                }
            }
            default -> throw new IllegalStateException("Not a row: " + entry.target());
        }
        if (!created) {
            // The row is as before the change, so it gets that version back: an earlier change can be undone next.
            r.history().restoreRow(entry.target(), entry.targetId(), entry.targetId(), entry.versionAfter() - 1);
        }
        return Optional.empty();
    }

    /**
     * Undo of an acceptance stops trusting that certificate; undo of a revocation trusts it again — unless
     * anyone decided about the same host's certificates since (accepted another, revoked, accepted again).
     */
    private Optional<UndoRefusal> revertCertificate(Repositories r, HistoryEntry entry, long lastId) {
        List<HistoryEntry> later = r.history().laterOnLabel(Target.CERTIFICATE, entry.label(), lastId);
        if (!later.isEmpty()) {
            return Optional.of(UndoRefusal.since(Kind.CERTIFICATES_CHANGED, Target.CERTIFICATE, entry.label(), later.get(later.size() - 1)));
        }
        boolean trustAgain = entry.action() == Action.CERTIFICATE_REVOKED;
        if (!r.history().restoreCertificate(entry.targetId(), trustAgain, clock.instant())) {
            return Optional.of(UndoRefusal.of(trustAgain ? Kind.CERTIFICATE_ALREADY_TRUSTED : Kind.CERTIFICATE_ALREADY_DISTRUSTED,
                    Target.CERTIFICATE, entry.label()));
        }
        return Optional.empty();
    }

    private Optional<UndoRefusal> revertPassword(Repositories r, HistoryEntry entry, long lastId) {
        if (r.mailboxes().findById(entry.targetId()).isEmpty()) {
            return Optional.of(UndoRefusal.of(Kind.DELETED, Target.MAILBOX, entry.label()));
        }
        if (!r.history().laterOn(Target.VAULT, 0, lastId).isEmpty()) {
            return Optional.of(UndoRefusal.of(Kind.MASTER_PASSWORD_CHANGED, Target.VAULT, ""));
        }
        List<HistoryEntry> later = r.history().laterOn(Target.MAILBOX, entry.targetId(), lastId).stream()
                .filter(e -> e.action() == Action.PASSWORD_SET || e.action() == Action.PASSWORD_REMOVED).toList();
        if (!later.isEmpty()) {
            return Optional.of(UndoRefusal.since(Kind.PASSWORD_CHANGED, Target.MAILBOX, entry.label(), later.get(0)));
        }
        if (entry.restoreData().isEmpty()) {
            r.secrets().delete(entry.targetId());
        } else {
            r.secrets().put(entry.targetId(), Snapshot.secret(entry.restoreData()), Snapshot.secretSetAt(entry.restoreData()));
        }
        return Optional.empty();
    }

    private static Optional<Long> currentVersion(Repositories r, HistoryEntry entry) {
        return switch (entry.target()) {
            case CUSTOMER -> r.customers().findById(entry.targetId()).map(Customer::version);
            case DOMAIN -> r.domains().findById(entry.targetId()).map(MailDomain::version);
            case MAILBOX -> r.mailboxes().findById(entry.targetId()).map(Mailbox::version);
            default -> Optional.empty();
        };
    }

    private static UndoRefusal changedSince(Repositories r, HistoryEntry entry, long lastId, Kind how) {
        List<HistoryEntry> later = r.history().laterOn(entry.target(), entry.targetId(), lastId);
        return UndoRefusal.since(how, entry.target(), entry.label(), later.isEmpty() ? null : later.get(later.size() - 1));
    }

    private static UndoRefusal notUndoable(HistoryEntry entry) {
        if (entry.target() == Target.VAULT) {
            return UndoRefusal.of(entry.action() == Action.CHANGED ? Kind.MASTER_PASSWORD_NOT_UNDOABLE : Kind.PASSWORDS_REMOVAL_NOT_UNDOABLE,
                    Target.VAULT, entry.label());
        }
        return UndoRefusal.of(Kind.NOT_UNDOABLE, entry.target(), HistoryWords.describe(entry));
    }
}
