package ch.mailbench.app.ui.dialog;

import ch.mailbench.app.ui.Widgets;
import ch.mailbench.app.ui.form.FormModel;

import javax.swing.DefaultListCellRenderer;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JTextArea;
import javax.swing.UIManager;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.JTextComponent;
import javax.swing.JTextField;
import java.awt.Component;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Binds Swing fields to a {@link FormModel} both ways: user input goes to the model's setters,
 * model changes (a pre-filled port, the domain's servers) come back into the fields, and each
 * property's error shows in its own label. Components are named after the property. EDT only.
 * <p>
 * An error shows only once the user has typed into or left its field (or tried to save): a fresh
 * form is not a list of complaints. Its label always keeps its line, so an error appearing or
 * going moves no field — a click meant for one field never lands in the next.
 */
public final class Binder {

    /** The MigLayout constraints of an error label's cell: as wide as the cell, never wider. */
    public static final String ERROR_CELL = "growx, wmin 0, w 0:0:";

    private final FormModel model;
    private final List<Runnable> refreshers = new ArrayList<>();
    private final Set<String> touched = new HashSet<>();
    private boolean allTouched;
    private boolean updatingView;

    Binder(FormModel model) {
        this.model = model;
        model.addPropertyChangeListener(e -> refreshers.forEach(Runnable::run));
    }

    public JTextField text(String property, Consumer<String> setter, int columns) {
        JTextField field = new JTextField(columns);
        bindText(field, property, setter);
        return field;
    }

    public JTextArea area(String property, Consumer<String> setter, int rows) {
        JTextArea area = new JTextArea(rows, 30);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        bindText(area, property, setter);
        return area;
    }

    private void bindText(JTextComponent field, String property, Consumer<String> setter) {
        field.setName(property);
        field.setText(model.text(property));
        field.getDocument().addDocumentListener(new DocumentListener() {
            @Override public void insertUpdate(DocumentEvent e) { typed(); }
            @Override public void removeUpdate(DocumentEvent e) { typed(); }
            @Override public void changedUpdate(DocumentEvent e) { typed(); }

            private void typed() {
                if (!updatingView) {
                    touched.add(property);
                    setter.accept(field.getText());
                }
            }
        });
        field.addFocusListener(new FocusAdapter() {
            @Override
            public void focusLost(FocusEvent e) {
                if (!e.isTemporary()) {
                    touch(property);
                }
            }
        });
        refreshers.add(() -> {
            if (!field.getText().equals(model.text(property))) {
                updateView(() -> field.setText(model.text(property)));
            }
            field.putClientProperty("JComponent.outline", shownError(property).isPresent() ? "error" : null);
        });
    }

    public <T> JComboBox<T> combo(String property, List<T> values, Consumer<T> setter, Function<T, String> label) {
        JComboBox<T> combo = new JComboBox<>(new java.util.Vector<>(values));
        combo.setName(property);
        combo.setSelectedItem(model.get(property));
        combo.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected, boolean focused) {
                super.getListCellRendererComponent(list, value, index, selected, focused);
                @SuppressWarnings("unchecked") T item = (T) value;
                setText(value == null ? "" : label.apply(item));
                return this;
            }
        });
        combo.addActionListener(e -> {
            if (!updatingView && combo.getSelectedItem() != null) {
                @SuppressWarnings("unchecked") T selected = (T) combo.getSelectedItem();
                touched.add(property);
                setter.accept(selected);
            }
        });
        refreshers.add(() -> {
            if (!Objects.equals(combo.getSelectedItem(), model.get(property))) {
                updateView(() -> combo.setSelectedItem(model.get(property)));
            }
        });
        return combo;
    }

    public JCheckBox check(String property, String text, Consumer<Boolean> setter) {
        JCheckBox box = new JCheckBox();
        box.setName(property);
        Widgets.applyText(box, text);
        box.setSelected(Boolean.TRUE.equals(model.get(property)));
        box.addActionListener(e -> {
            if (!updatingView) {
                touched.add(property);
                setter.accept(box.isSelected());
            }
        });
        refreshers.add(() -> {
            if (box.isSelected() != Boolean.TRUE.equals(model.get(property))) {
                updateView(() -> box.setSelected(Boolean.TRUE.equals(model.get(property))));
            }
        });
        return box;
    }

    /**
     * The label that says why {@code property} is invalid; named {@code <property>Error}. It is
     * always there, one line high (empty while there is nothing to say); add it with
     * {@link #ERROR_CELL} so a long message is cut (whole in its tooltip) instead of widening the form.
     */
    public JLabel error(String property) {
        JLabel label = new JLabel(" ");
        label.setName(property + "Error");
        Widgets.smaller(label);
        Runnable show = () -> {
            label.setForeground(UIManager.getColor("Actions.Red"));
            // A space, not "": an empty label has no height, and the rows below would move.
            label.setText(shownError(property).orElse(" "));
            label.setToolTipText(shownError(property).orElse(null));
        };
        show.run();
        refreshers.add(show);
        return label;
    }

    /** Shows the errors of every field, also untouched ones: the user tried to save. */
    public void touchAll() {
        allTouched = true;
        refreshers.forEach(Runnable::run);
    }

    /** The error of {@code property} as far as the user should see it now. */
    public Optional<String> shownError(String property) {
        return allTouched || touched.contains(property) ? model.error(property) : Optional.empty();
    }

    private void touch(String property) {
        if (touched.add(property)) {
            refreshers.forEach(Runnable::run);
        }
    }

    public void enabledWhen(JComponent component, BooleanSupplier condition) {
        Runnable update = () -> component.setEnabled(condition.getAsBoolean());
        update.run();
        refreshers.add(update);
    }

    public void visibleWhen(JComponent component, BooleanSupplier condition) {
        Runnable update = () -> component.setVisible(condition.getAsBoolean());
        update.run();
        refreshers.add(update);
    }

    private void updateView(Runnable change) {
        updatingView = true;
        try {
            change.run();
        } finally {
            updatingView = false;
        }
    }
}
