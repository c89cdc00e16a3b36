package ch.mailbench.app.ui.vault;

import ch.mailbench.core.port.StaleDataException;
import ch.mailbench.core.vault.PasswordStrength;
import ch.mailbench.core.vault.Vault;
import ch.mailbench.core.vault.WrongMasterPasswordException;

import java.beans.PropertyChangeListener;
import java.beans.PropertyChangeSupport;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * The state of the master password dialog, without Swing: what was typed (as char arrays the
 * model clears), the strength hint, whether OK is possible, and the error to show. The dialog
 * binds to it; {@link #submit()} hands what was typed to the slow work that runs off the EDT.
 */
public final class MasterPasswordModel {

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

    public static final String CAN_SUBMIT = "canSubmit";
    public static final String PROBLEM = "problem";
    public static final String STRENGTH = "strength";
    public static final String MODE = "mode";

    private final PropertyChangeSupport listeners = new PropertyChangeSupport(this);
    private Mode mode;
    private char[] current = new char[0];
    private char[] password = new char[0];
    private char[] confirmation = new char[0];
    private int idleMinutes;
    private Optional<String> problemKey = Optional.empty();

    public MasterPasswordModel(Mode mode, Duration idleLock) {
        this.mode = mode;
        this.idleMinutes = (int) Math.max(1, idleLock.toMinutes());
    }

    public Mode mode() {
        return mode;
    }

    /** Switches between unlocking and resetting a forgotten password; what was typed is cleared. */
    public void setMode(Mode newMode) {
        Mode old = mode;
        mode = newMode;
        setPassword(new char[0]);
        setConfirmation(new char[0]);
        setCurrent(new char[0]);
        setProblem(Optional.empty());
        listeners.firePropertyChange(MODE, old, newMode);
        update();
    }

    /** Takes a copy; the caller clears its own array. */
    public void setCurrent(char[] typed) {
        Arrays.fill(current, '\0');
        current = typed.clone();
        update();
    }

    public void setPassword(char[] typed) {
        Arrays.fill(password, '\0');
        password = typed.clone();
        update();
    }

    public void setConfirmation(char[] typed) {
        Arrays.fill(confirmation, '\0');
        confirmation = typed.clone();
        update();
    }

    public int idleMinutes() {
        return idleMinutes;
    }

    public void setIdleMinutes(int minutes) {
        if (minutes < 1) {
            throw new IllegalArgumentException("The idle time must be at least one minute");
        }
        idleMinutes = minutes;
    }

    /** The hint under a new password; empty while unlocking or before anything is typed. */
    public Optional<PasswordStrength> strength() {
        if (!mode.choosesNewPassword() || password.length == 0) {
            return Optional.empty();
        }
        return Optional.of(PasswordStrength.of(password));
    }

    /** The bundle key of what keeps OK disabled or what went wrong, if anything. */
    public Optional<String> problemKey() {
        return problemKey;
    }

    public boolean canSubmit() {
        if (mode == Mode.UNLOCK) {
            return password.length > 0;
        }
        boolean currentGiven = mode != Mode.CHANGE || current.length > 0;
        return currentGiven && password.length >= Vault.MINIMUM_MASTER_PASSWORD_LENGTH && Arrays.equals(password, confirmation);
    }

    /**
     * Takes what was typed for submission and clears it from the model. Call on the EDT; then
     * {@link Submission#applyTo} does the slow work off it, touching nothing of the model.
     */
    public Submission submit() {
        if (!canSubmit()) {
            throw new IllegalStateException("Nothing valid to submit");
        }
        Submission submission = new Submission(mode, current.clone(), password.clone(), Duration.ofMinutes(idleMinutes));
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
        setProblem(switch (outcome) {
            case DONE -> Optional.empty();
            case WRONG_PASSWORD -> Optional.of("vault.error.wrong");
            case CHANGED_ELSEWHERE -> Optional.of("vault.error.stale");
        });
    }

    /** Overwrites everything typed. */
    public void clear() {
        Arrays.fill(current, '\0');
        Arrays.fill(password, '\0');
        Arrays.fill(confirmation, '\0');
        current = new char[0];
        password = new char[0];
        confirmation = new char[0];
    }

    public void addPropertyChangeListener(PropertyChangeListener listener) {
        listeners.addPropertyChangeListener(listener);
    }

    private void update() {
        if (mode.choosesNewPassword() && confirmation.length > 0 && !Arrays.equals(password, confirmation)) {
            setProblem(Optional.of("vault.error.mismatch"));
        } else if (problemKey.filter("vault.error.mismatch"::equals).isPresent()
                || (password.length > 0 && problemKey.filter("vault.error.wrong"::equals).isPresent())) {
            setProblem(Optional.empty());
        }
        listeners.firePropertyChange(STRENGTH, null, strength());
        listeners.firePropertyChange(CAN_SUBMIT, null, canSubmit());
    }

    private void setProblem(Optional<String> key) {
        Optional<String> old = problemKey;
        problemKey = key;
        listeners.firePropertyChange(PROBLEM, old, key);
    }
}
