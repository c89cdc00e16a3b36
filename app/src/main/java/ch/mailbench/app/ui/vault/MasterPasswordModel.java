package ch.mailbench.app.ui.vault;

import ch.mailbench.app.ui.form.FormModel;
import ch.mailbench.core.port.StaleDataException;
import ch.mailbench.core.vault.PasswordStrength;
import ch.mailbench.core.vault.Vault;
import ch.mailbench.core.vault.WrongMasterPasswordException;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The state of the master password dialog on the one form-model idiom ({@link FormModel}): what
 * was typed (as char arrays the model clears when replaced), the strength hint, whether OK is
 * possible ({@link #isValid()}), and the error to show. The dialog binds to its change events;
 * {@link #submit()} hands what was typed to the slow work that runs off the EDT and touches
 * nothing of the model. EDT only.
 */
public final class MasterPasswordModel extends FormModel {

    /** What the dialog is for. */
    public enum Mode {
        /** First use: choose a master password, with confirmation. */
        SET_UP,
        UNLOCK,
        CHANGE,
        /** Forgotten: a new master password; the stored passwords are deleted. */
        RESET;

        boolean choosesNewPassword() {
            return this != UNLOCK;
        }
    }

    /** How a submission ended. */
    public enum Outcome { DONE, WRONG_PASSWORD, CHANGED_ELSEWHERE }

    public static final String MODE = "mode";
    public static final String CURRENT = "current";
    public static final String PASSWORD = "password";
    public static final String CONFIRMATION = "confirmation";
    public static final String IDLE_MINUTES = "idleMinutes";
    /** How the last submission ended; {@link Outcome#DONE} also before any. */
    public static final String OUTCOME = "outcome";

    private static final char[] NOTHING = new char[0];

    public MasterPasswordModel(Mode mode, Duration idleLock, VaultMessages messages) {
        super(messages);
        set(CURRENT, NOTHING);
        set(PASSWORD, NOTHING);
        set(CONFIRMATION, NOTHING);
        set(IDLE_MINUTES, (int) Math.max(1, idleLock.toMinutes()));
        set(OUTCOME, Outcome.DONE);
        // Last: every value validation reads is there by then.
        set(MODE, mode);
        opened();
    }

    public Mode mode() {
        return (Mode) get(MODE);
    }

    /** Switches between unlocking and resetting a forgotten password; what was typed is cleared. */
    public void setMode(Mode newMode) {
        clear();
        set(OUTCOME, Outcome.DONE);
        set(MODE, newMode);
    }

    /** Takes a copy; the caller clears its own array. */
    public void setCurrent(char[] typed) {
        replace(CURRENT, typed);
    }

    public void setPassword(char[] typed) {
        replace(PASSWORD, typed);
        if (typed.length > 0 && get(OUTCOME) == Outcome.WRONG_PASSWORD) {
            set(OUTCOME, Outcome.DONE);
        }
    }

    public void setConfirmation(char[] typed) {
        replace(CONFIRMATION, typed);
    }

    private void replace(String property, char[] typed) {
        char[] old = chars(property);
        set(property, typed.length == 0 ? NOTHING : typed.clone());
        Arrays.fill(old, '\0');
    }

    /** Nothing typed also while the constructor is still setting the values up. */
    private char[] chars(String property) {
        char[] typed = (char[]) get(property);
        return typed == null ? NOTHING : typed;
    }

    public int idleMinutes() {
        return (Integer) get(IDLE_MINUTES);
    }

    public void setIdleMinutes(int minutes) {
        if (minutes < 1) {
            throw new IllegalArgumentException("The idle time must be at least one minute");
        }
        set(IDLE_MINUTES, minutes);
    }

    /** The hint under a new password; empty while unlocking or before anything is typed. */
    public Optional<PasswordStrength> strength() {
        if (!mode().choosesNewPassword() || chars(PASSWORD).length == 0) {
            return Optional.empty();
        }
        return Optional.of(PasswordStrength.of(chars(PASSWORD)));
    }

    /** The bundle key of what went wrong or of the mismatch that keeps OK disabled, if any. */
    public Optional<String> problemKey() {
        Outcome outcome = (Outcome) get(OUTCOME);
        if (outcome == Outcome.WRONG_PASSWORD) {
            return Optional.of("vault.error.wrong");
        }
        if (outcome == Outcome.CHANGED_ELSEWHERE) {
            return Optional.of("vault.error.stale");
        }
        return mismatch() ? Optional.of("vault.error.mismatch") : Optional.empty();
    }

    private boolean mismatch() {
        return mode().choosesNewPassword() && chars(CONFIRMATION).length > 0 && !Arrays.equals(chars(PASSWORD), chars(CONFIRMATION));
    }

    public boolean canSubmit() {
        return isValid();
    }

    /**
     * Property → message for what keeps OK disabled. A field that is merely not filled in yet gets
     * an empty message: nothing to show before the technician has typed.
     */
    @Override
    protected Map<String, String> validate() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (get(MODE) == null) {
            return errors;
        }
        problemKey().ifPresent(key -> errors.put(key.equals("vault.error.mismatch") ? CONFIRMATION : PASSWORD, messages.get(key)));
        char[] password = chars(PASSWORD);
        if (mode() == Mode.UNLOCK) {
            if (password.length == 0) {
                errors.putIfAbsent(PASSWORD, "");
            }
            return errors;
        }
        if (mode() == Mode.CHANGE && chars(CURRENT).length == 0) {
            errors.put(CURRENT, "");
        }
        if (password.length < Vault.MINIMUM_MASTER_PASSWORD_LENGTH) {
            errors.putIfAbsent(PASSWORD, "");
        }
        if (!Arrays.equals(password, chars(CONFIRMATION))) {
            errors.putIfAbsent(CONFIRMATION, "");
        }
        return errors;
    }

    /**
     * Takes what was typed for submission and clears it from the model. Call on the EDT; then
     * {@link Submission#applyTo} does the slow work off it, touching nothing of the model.
     */
    public Submission submit() {
        if (!canSubmit()) {
            throw new IllegalStateException("Nothing valid to submit");
        }
        Submission submission = new Submission(mode(), chars(CURRENT).clone(), chars(PASSWORD).clone(),
                Duration.ofMinutes(idleMinutes()));
        clear();
        return submission;
    }

    /** What the technician submitted: a copy of the typed passwords, cleared once applied. */
    public static final class Submission {
        private final Mode mode;
        private final char[] current;
        private final char[] password;
        private final Duration idleLock;

        private Submission(Mode mode, char[] current, char[] password, Duration idleLock) {
            this.mode = mode;
            this.current = current;
            this.password = password;
            this.idleLock = idleLock;
        }

        /** Does what the mode says. Slow (key derivation): call off the EDT. After a wrong password the technician types again. */
        public Outcome applyTo(Vault vault) {
            try {
                switch (mode) {
                    case SET_UP -> vault.setUp(password, idleLock);
                    case UNLOCK -> vault.unlock(password);
                    case CHANGE -> vault.changeMasterPassword(current, password);
                    case RESET -> vault.resetWithNewMasterPassword(password);
                }
                if (mode != Mode.SET_UP && !vault.idleLock().equals(idleLock)) {
                    vault.setIdleLock(idleLock);
                }
                return Outcome.DONE;
            } catch (WrongMasterPasswordException e) {
                return Outcome.WRONG_PASSWORD;
            } catch (StaleDataException e) {
                return Outcome.CHANGED_ELSEWHERE;
            } finally {
                Arrays.fill(current, '\0');
                Arrays.fill(password, '\0');
            }
        }
    }

    /** Call on the EDT with what {@link Submission#applyTo} returned. */
    public void show(Outcome outcome) {
        set(OUTCOME, outcome);
    }

    /** Overwrites everything typed. */
    public void clear() {
        replace(CURRENT, NOTHING);
        replace(PASSWORD, NOTHING);
        replace(CONFIRMATION, NOTHING);
    }
}
