package ch.mailbench.core.change;

import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.SettingsText;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Exactly what a change would do, mailbox by mailbox and field by field, before anything is
 * written. A mailbox with its own settings is flagged; it changes only when the change includes
 * them ({@link #changes()} false otherwise).
 */
public record ChangePreview(String description, List<Row> rows) {

    /** One mailbox: its settings before and after, and whether they would actually change. */
    public record Row(String address, String domain, boolean ownSettings, boolean included,
                      ServerSettings before, ServerSettings after) {

        public Row {
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }

        public boolean changes() {
            return included && !SettingsText.format(before).equals(SettingsText.format(after));
        }

        /** The fields that differ, old → new: "incoming", "smtp", "username format". */
        public List<FieldChange> fields() {
            List<FieldChange> fields = new ArrayList<>();
            add(fields, "incoming", before.incoming().map(Object::toString).orElse("-"), after.incoming().map(Object::toString).orElse("-"));
            add(fields, "smtp", before.outgoing().map(Object::toString).orElse("-"), after.outgoing().map(Object::toString).orElse("-"));
            add(fields, "username format", before.usernameFormat().storageForm(), after.usernameFormat().storageForm());
            return fields;
        }

        private static void add(List<FieldChange> fields, String name, String old, String now) {
            if (!old.equals(now)) {
                fields.add(new FieldChange(name, old, now));
            }
        }
    }

    /** One field's old and new value, as text. */
    public record FieldChange(String field, String oldValue, String newValue) {
    }

    public ChangePreview {
        Objects.requireNonNull(description, "description");
        rows = List.copyOf(rows);
    }

    public long changing() {
        return rows.stream().filter(Row::changes).count();
    }

    /** Mailboxes with their own settings left alone. */
    public long leftAlone() {
        return rows.stream().filter(r -> r.ownSettings() && !r.included()).count();
    }
}
