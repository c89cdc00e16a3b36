package ch.mailbench.app.ui.vault;

import ch.mailbench.app.ui.form.FormModel;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The state of one mailbox's password dialog: whether a password is stored, whether something is
 * typed, whether it is shown in clear, whether a change is under way, and the line that confirms
 * or says what went wrong. The typed characters themselves stay in the password field and never
 * enter the model. EDT only; background work returns its result and the dialog applies it here.
 */
public final class MailboxPasswordForm extends FormModel {

    public static final String STORED = "stored";
    /** The day the stored password was stored, when known (passwords stored before version 8 have none). */
    public static final String STORED_ON = "storedOn";
    public static final String TYPED = "typed";
    public static final String SHOWN = "shown";
    public static final String BUSY = "busy";
    public static final String NOTICE = "notice";
    public static final String PROBLEM = "problem";

    /** What the vault said about the mailbox; unknown until it has been read. */
    public enum Stored { UNKNOWN, YES, NO }

    public MailboxPasswordForm(VaultMessages messages) {
        super(messages);
        set(STORED, Stored.UNKNOWN);
        set(STORED_ON, Optional.empty());
        set(TYPED, false);
        set(SHOWN, false);
        set(BUSY, false);
        set(NOTICE, "");
        set(PROBLEM, "");
        opened();
    }

    public Stored stored() {
        return (Stored) get(STORED);
    }

    /** @param storedOn when the stored password was stored, in the technician's time zone; empty when none or not known */
    public void showStored(boolean stored, Optional<LocalDate> storedOn) {
        set(STORED, stored ? Stored.YES : Stored.NO);
        set(STORED_ON, stored ? storedOn : Optional.empty());
    }

    @SuppressWarnings("unchecked")
    public Optional<LocalDate> storedOn() {
        return (Optional<LocalDate>) get(STORED_ON);
    }

    /** The line under the title: whether a password is stored for the mailbox, and since when. */
    public String storedText() {
        return storedOn().map(day -> messages.format("password.stored.YES.on", day.toString()))
                .orElseGet(() -> messages.get("password.stored." + stored().name()));
    }

    public void setTyped(boolean typed) {
        set(TYPED, typed);
        if (typed) {
            set(NOTICE, "");
            set(PROBLEM, "");
        }
    }

    public boolean isShown() {
        return Boolean.TRUE.equals(get(SHOWN));
    }

    public void setShown(boolean shown) {
        set(SHOWN, shown);
    }

    public boolean isBusy() {
        return Boolean.TRUE.equals(get(BUSY));
    }

    /** A save or removal starts: the fields wait, the last confirmation goes. */
    public void started() {
        set(BUSY, true);
        set(NOTICE, "");
        set(PROBLEM, "");
    }

    /** A save ended: the password is stored, and the dialog says so. */
    public void saved() {
        set(BUSY, false);
        set(STORED, Stored.YES);
        set(NOTICE, messages.get("password.saved"));
    }

    /** A removal ended; {@code existed} tells whether there was anything to remove. */
    public void removed(boolean existed) {
        set(BUSY, false);
        set(STORED, Stored.NO);
        set(STORED_ON, Optional.empty());
        set(NOTICE, messages.get(existed ? "password.removed" : "password.nothingToRemove"));
    }

    /** The change did not happen: {@code text} says why, in the user's language. */
    public void failed(String text) {
        set(BUSY, false);
        set(PROBLEM, text);
    }

    public String notice() {
        return text(NOTICE);
    }

    public String problem() {
        return text(PROBLEM);
    }

    public boolean canSave() {
        return isValid() && !isBusy();
    }

    public boolean canRemove() {
        return stored() == Stored.YES && !isBusy();
    }

    @Override
    protected Map<String, String> validate() {
        // Nothing typed is no error to show, only nothing to save: the field stays quiet.
        return Boolean.TRUE.equals(get(TYPED)) ? Map.of() : Map.of(TYPED, "");
    }
}
