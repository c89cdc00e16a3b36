package ch.mailbench.core.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * One recorded change: who, when, what (action on a target row), and the row's values before and
 * after. Entries written in one transaction share an {@code operationId}; Undo reverts a whole
 * operation. {@code restoreData} holds what Undo needs beyond the values (the rows a delete took
 * along, a replaced password's ciphertext — never a password); {@code versionAfter} is the row's
 * version right after the change, so Undo can tell whether anyone changed the row since.
 */
public record HistoryEntry(long id, long operationId, Instant at, String by, Action action, Target target,
                           long targetId, Optional<Long> customerId, String label, Map<String, String> oldValues,
                           Map<String, String> newValues, String restoreData, long versionAfter,
                           Optional<Long> undoneBy) {

    /** What happened to the target. */
    public enum Action {
        CREATED, CHANGED, DELETED, PASSWORD_SET, PASSWORD_REMOVED, IMPORTED, CHANGE_SET_APPLIED,
        CHANGE_SET_REVERTED, CERTIFICATE_TRUSTED, CERTIFICATE_REVOKED, UNDONE
    }

    /** What kind of row the entry is about. */
    public enum Target {
        CUSTOMER, DOMAIN, MAILBOX, CHANGE_SET, CERTIFICATE, IMPORT, VAULT
    }

    /** One field that differs between old and new values; an empty side means "not set". */
    public record FieldChange(String field, String oldValue, String newValue) {
    }

    public HistoryEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(label, "label");
        oldValues = Map.copyOf(oldValues);
        newValues = Map.copyOf(newValues);
        Objects.requireNonNull(restoreData, "restoreData");
        Objects.requireNonNull(undoneBy, "undoneBy");
    }

    /** An entry not stored yet: the recorder gives it its id, operation, time and author. */
    public static HistoryEntry of(Action action, Target target, long targetId, Optional<Long> customerId, String label,
                                  Map<String, String> oldValues, Map<String, String> newValues, String restoreData,
                                  long versionAfter) {
        return new HistoryEntry(0, 0, Instant.EPOCH, "", action, target, targetId, customerId, label, oldValues,
                newValues, restoreData, versionAfter, Optional.empty());
    }

    public HistoryEntry stored(long newId, long newOperationId, Instant newAt, String newBy) {
        return new HistoryEntry(newId, newOperationId, newAt, newBy, action, target, targetId, customerId, label, oldValues,
                newValues, restoreData, versionAfter, undoneBy);
    }

    /** The fields whose values differ, sorted by field name. */
    public List<FieldChange> changes() {
        List<FieldChange> changes = new ArrayList<>();
        TreeSet<String> fields = new TreeSet<>(oldValues.keySet());
        fields.addAll(newValues.keySet());
        for (String field : fields) {
            String before = oldValues.getOrDefault(field, "");
            String after = newValues.getOrDefault(field, "");
            if (!before.equals(after)) {
                changes.add(new FieldChange(field, before, after));
            }
        }
        return changes;
    }

    public boolean undone() {
        return undoneBy.isPresent();
    }
}
