package ch.mailbench.core.change;

import ch.mailbench.core.model.ServerSettings;

import java.util.Objects;

/**
 * One row a change set changed: a domain's default settings or a mailbox's own settings, before
 * and after, and the row's version right after the change — a revert is refused when the row was
 * edited since.
 */
public record ChangeSetEntry(Target target, long targetId, String label, ServerSettings oldSettings,
                             ServerSettings newSettings, long versionAfter) {

    /** What kind of row. */
    public enum Target { DOMAIN, MAILBOX }

    public ChangeSetEntry {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(oldSettings, "oldSettings");
        Objects.requireNonNull(newSettings, "newSettings");
    }
}
