package ch.mailbench.app.ui.form;

import ch.mailbench.app.ui.Messages;

import java.beans.PropertyChangeListener;
import java.beans.PropertyChangeSupport;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The state behind an edit dialog: named values, what is wrong with them and whether anything
 * changed. It owns validation, so the dialog only binds fields and enables OK when
 * {@link #isValid()}. Fires a {@link java.beans.PropertyChangeEvent} per changed value, and
 * {@link #ERRORS}, {@link #VALID}, {@link #DIRTY} when those change. EDT only (not thread-safe).
 */
public abstract class FormModel {

    public static final String ERRORS = "errors";
    public static final String VALID = "valid";
    public static final String DIRTY = "dirty";

    protected final Messages messages;
    private final PropertyChangeSupport changes = new PropertyChangeSupport(this);
    private final Map<String, Object> values = new HashMap<>();
    private Map<String, Object> pristine = Map.of();
    private Map<String, String> errors = Map.of();
    private boolean valid;
    private boolean dirty;

    protected FormModel(Messages messages) {
        this.messages = messages;
    }

    public Object get(String property) {
        return values.get(property);
    }

    /** The text of a text property, never null. */
    public String text(String property) {
        Object value = values.get(property);
        return value == null ? "" : value.toString();
    }

    /** Why {@code property} is invalid, in the user's language; empty when it is fine. */
    public Optional<String> error(String property) {
        return Optional.ofNullable(errors.get(property));
    }

    public Map<String, String> errors() {
        return errors;
    }

    public boolean isValid() {
        return valid;
    }

    /** True when some value differs from what the form was opened with. */
    public boolean isDirty() {
        return dirty;
    }

    /** The properties whose value differs from what the form was opened with. */
    public java.util.List<String> changedProperties() {
        return values.keySet().stream().filter(p -> !Objects.equals(values.get(p), pristine.get(p))).sorted().toList();
    }

    public void addPropertyChangeListener(PropertyChangeListener listener) {
        changes.addPropertyChangeListener(listener);
    }

    protected void set(String property, Object value) {
        Object old = values.put(property, value);
        if (!Objects.equals(old, value)) {
            changes.firePropertyChange(property, old, value);
            changed(property);
            refresh();
        }
    }

    /** Reacts to one changed value, e.g. pre-fills a port when the security changes. */
    protected void changed(String property) {
    }

    /** Property name → message for every invalid value; empty when the form can be saved. */
    protected abstract Map<String, String> validate();

    /** Declares the current values as the opened state (not dirty). Call at the end of the constructor. */
    protected final void opened() {
        pristine = new HashMap<>(values);
        refresh();
    }

    protected final void refresh() {
        Map<String, String> newErrors = new LinkedHashMap<>(validate());
        if (!newErrors.equals(errors)) {
            Map<String, String> old = errors;
            errors = Map.copyOf(newErrors);
            changes.firePropertyChange(ERRORS, old, errors);
        }
        boolean newValid = errors.isEmpty();
        if (newValid != valid) {
            valid = newValid;
            changes.firePropertyChange(VALID, !valid, valid);
        }
        boolean newDirty = !values.equals(pristine);
        if (newDirty != dirty) {
            dirty = newDirty;
            changes.firePropertyChange(DIRTY, !dirty, dirty);
        }
    }
}
