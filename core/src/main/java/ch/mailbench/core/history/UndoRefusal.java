package ch.mailbench.core.history;

import ch.mailbench.core.history.HistoryEntry.Target;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One reason Undo was refused, as data, so the console and the command line can word it in their language;
 * {@link #english()} is the wording of logs and exception messages.
 *
 * @param kind   what stands in the way
 * @param target the kind of row it is about (the vault for the master password, the certificate for a host's trust)
 * @param label  the row's name (customer, domain, address, host), a change set's or a row's id
 * @param by     who changed it since, or null when the history does not know
 * @param at     when, or null with {@code by}
 */
public record UndoRefusal(Kind kind, Target target, String label, String by, Instant at) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    public enum Kind {
        /** The row was changed since. */
        CHANGED,
        /** The row was deleted since. */
        DELETED,
        /** Undoing the creation would orphan what was added under it (a customer's domains, a domain's mailboxes). */
        NOT_EMPTY,
        /** A deleted row cannot come back: another row has its name now. */
        NAME_TAKEN,
        /** A deleted row cannot come back: its id is used again. */
        ID_TAKEN,
        /** The change set was reverted since. */
        CHANGE_SET_REVERTED,
        /** A revert of a change set is not undone; the change set is applied again instead. */
        REVERT_NOT_UNDOABLE,
        /** Someone decided about the host's certificates since. */
        CERTIFICATES_CHANGED,
        /** The certificate is already in the state Undo would put it in. */
        CERTIFICATE_ALREADY_TRUSTED,
        CERTIFICATE_ALREADY_DISTRUSTED,
        /** The master password was changed since, so an older password cannot be restored. */
        MASTER_PASSWORD_CHANGED,
        /** The mailbox's password was changed since. */
        PASSWORD_CHANGED,
        /** A change of the master password is not undone (the passwords were encrypted again with the new one). */
        MASTER_PASSWORD_NOT_UNDOABLE,
        /** Removing all stored passwords is not undone. */
        PASSWORDS_REMOVAL_NOT_UNDOABLE,
        /** This kind of change cannot be undone at all; {@code label} is its English description. */
        NOT_UNDOABLE
    }

    /** The later change by someone, or elsewhere when {@code later} is null. */
    static UndoRefusal since(Kind kind, Target target, String label, HistoryEntry later) {
        return later == null ? new UndoRefusal(kind, target, label, null, null) : new UndoRefusal(kind, target, label, later.by(), later.at());
    }

    static UndoRefusal of(Kind kind, Target target, String label) {
        return new UndoRefusal(kind, target, label, null, null);
    }

    /** The bundle key of its wording: "undo.refusal.CHANGED.CUSTOMER", with ".by" when who changed it is known. */
    public String key() {
        return "undo.refusal." + kind.name() + "." + target.name() + (by == null ? "" : ".by");
    }

    /** The values of that wording: {0} label, {1} who, {2} when ("2026-11-30 17:20 UTC"). */
    public Object[] arguments() {
        return new Object[] {label, by == null ? "" : by, at == null ? "" : WHEN.format(at)};
    }

    /** "customer Bäckerei Frei was changed by bob on 2026-11-30 17:20 UTC since". */
    public String english() {
        String what = HistoryWords.target(target) + " " + label;
        String since = by == null ? " since" : " by " + by + " on " + WHEN.format(at) + " since";
        return switch (kind) {
            case CHANGED -> what + " was changed" + (by == null ? " elsewhere" : "") + since;
            case DELETED -> what + " was deleted" + since;
            case NOT_EMPTY -> what + (target == Target.CUSTOMER ? " has domains now" : " has mailboxes now");
            case NAME_TAKEN -> target == Target.CUSTOMER ? "a customer named “" + label + "” exists again"
                    : "the " + what + " is recorded again";
            case ID_TAKEN -> target == Target.CUSTOMER ? "customer #" + label + " exists again"
                    : HistoryWords.target(target) + " #" + label + " was given to another " + HistoryWords.target(target);
            case CHANGE_SET_REVERTED -> "change set " + label + " was reverted since";
            case REVERT_NOT_UNDOABLE -> "a revert of a change set cannot be undone; apply the change again";
            case CERTIFICATES_CHANGED -> "the trusted certificates of " + label + " were changed" + since;
            case CERTIFICATE_ALREADY_TRUSTED -> "the certificate of " + label + " is trusted already";
            case CERTIFICATE_ALREADY_DISTRUSTED -> "the certificate of " + label + " is no longer trusted already";
            case MASTER_PASSWORD_CHANGED -> "the master password was changed since";
            case PASSWORD_CHANGED -> "the password of " + label + " was changed" + since;
            case MASTER_PASSWORD_NOT_UNDOABLE -> "the change of master password cannot be undone";
            case PASSWORDS_REMOVAL_NOT_UNDOABLE -> "the password removal of all passwords cannot be undone";
            case NOT_UNDOABLE -> "the " + label + " cannot be undone";
        };
    }
}
