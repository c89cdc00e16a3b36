package ch.mailbench.app.ui.dialog;

import ch.mailbench.app.ui.ErrorTexts;
import ch.mailbench.app.ui.Messages;
import ch.mailbench.app.ui.Widgets;
import ch.mailbench.app.ui.form.FormModel;
import ch.mailbench.core.port.StaleDataException;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.UIManager;
import javax.swing.WindowConstants;
import java.awt.Dimension;
import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The one dialog idiom of the console: label / field / error rows in MigLayout, a message line
 * for what went wrong when saving, OK (default button, enabled only when the form is valid) and
 * Cancel (also Esc; asks before discarding changes). Subclasses add their rows in the constructor.
 */
public abstract class FormDialog<M extends FormModel> {

    /** Saves the form off the EDT; calls back on the EDT. */
    public interface Saver<M> {
        void save(M model, Runnable saved, Consumer<Exception> failed);
    }

    protected final M model;
    protected final Messages messages;
    protected final Binder binder;
    protected final JDialog dialog;
    protected final JPanel rows = new JPanel(new MigLayout("insets 0, wrap 2, hidemode 3", "[right][grow,fill]", ""));
    private final JLabel saveError = new JLabel();
    private final JButton reload;
    /** Property → its label's words, for "what you had typed" after a refused stale edit. */
    private final Map<String, String> labels = new LinkedHashMap<>();
    private Consumer<String> reloadAction;
    private final JButton ok;
    private final Saver<M> saver;
    private final ErrorTexts errors;
    private boolean saving;

    protected FormDialog(Window owner, String name, String title, M model, Messages messages, Saver<M> saver) {
        this.model = model;
        this.messages = messages;
        this.saver = saver;
        this.errors = new ErrorTexts(messages);
        this.binder = new Binder(model);
        dialog = new JDialog(owner, title, JDialog.ModalityType.APPLICATION_MODAL);
        dialog.setName(name);
        dialog.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        dialog.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                cancel();
            }
        });

        saveError.setName("saveError");
        saveError.setVisible(false);
        reload = Widgets.button("reload", messages.get("dialog.reload"), e -> reloadAfterStale());
        reload.setVisible(false);
        ok = Widgets.button("ok", messages.get("dialog.ok"), e -> save());
        JButton cancel = Widgets.button("cancel", messages.get("dialog.cancel"), e -> cancel());
        binder.enabledWhen(ok, () -> model.isValid() && !saving);

        JPanel content = new JPanel(new MigLayout("insets dialog, fill, hidemode 3", "[grow,fill]", "[grow,fill][][]"));
        content.add(rows, "wrap");
        content.add(saveError, "split 2, growx, gaptop 8");
        content.add(reload, "wrap, gaptop 8, aligny top");
        content.add(Widgets.buttonBar(ok, cancel), "growx, gaptop 12");
        dialog.setContentPane(content);
        dialog.getRootPane().setDefaultButton(ok);
        Widgets.closeOnEscape(dialog, this::cancel);
    }

    /** Adds "label: field" and, below the field, the label that shows the field's error. */
    public JLabel row(String labelText, JComponent field, String property) {
        JLabel label = Widgets.labelFor(field, labelText);
        // Bound fields are named after their property (a scrolled area after it, plus "Scroll").
        String key = property != null ? property : field.getName() == null ? null : field.getName().replaceAll("Scroll$", "");
        if (key != null) {
            labels.put(key, labelText.replaceAll(":$", ""));
        }
        rows.add(label);
        rows.add(field);
        if (property != null) {
            rows.add(binder.error(property), "skip 1, " + Binder.ERROR_CELL);
        }
        return label;
    }

    /** Names the OK button after what it does ("Connect"); it stays the default button. */
    protected void setOkText(String text) {
        Widgets.applyText(ok, text);
    }

    /** Binds fields to the model; for helpers that add rows to this dialog (a sub-form's fields). */
    public Binder binder() {
        return binder;
    }

    /** The label-and-field rows, for helpers that add rows to this dialog. */
    public JPanel rows() {
        return rows;
    }

    protected JScrollPane scrolled(JComponent area) {
        JScrollPane pane = new JScrollPane(area);
        pane.setName(area.getName() + "Scroll");
        return pane;
    }

    /**
     * When a save is refused because someone changed the data since (a stale edit), offers Reload:
     * it closes this dialog and hands {@code reload} what the user had typed, one "label: value" a
     * line, for the dialog reopened on the current data to show. Call before {@link #show()}.
     */
    public void offerReloadWhenStale(Consumer<String> reload) {
        this.reloadAction = reload;
    }

    /** Shows {@code typed} (from a refused stale edit) above the fields, selectable to copy. Call before {@link #show()}. */
    public void showTyped(String typed) {
        if (typed.isBlank()) {
            return;
        }
        JTextArea area = new JTextArea(typed);
        area.setName("typedBefore");
        area.setEditable(false);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        area.setRows(Math.min(6, (int) typed.lines().count()));
        JPanel top = new JPanel(new MigLayout("insets 0 0 10 0, fill", "[grow,fill]", "[][]"));
        top.add(Widgets.label("typedBeforeLabel", messages.get("dialog.typed")), "wrap");
        top.add(scrolled(area));
        ((JPanel) dialog.getContentPane()).add(top, "north");
    }

    /** Sizes and shows the dialog; returns when it is closed. EDT only. */
    public void show() {
        dialog.pack();
        dialog.setMinimumSize(dialog.getSize());
        Widgets.placeOnScreen(dialog, dialog.getOwner());
        dialog.setVisible(true);
    }

    /** Makes room for the save error, which appears below the fields (they stay where they are). */
    private void growToFit() {
        Dimension wanted = dialog.getPreferredSize();
        Dimension now = dialog.getSize();
        if (dialog.isShowing() && (wanted.height > now.height || wanted.width > now.width)) {
            dialog.setSize(Math.max(wanted.width, now.width), Math.max(wanted.height, now.height));
            Widgets.placeOnScreen(dialog, dialog.getOwner());
        }
    }

    private void save() {
        if (!model.isValid()) {
            binder.touchAll();
            return;
        }
        if (saving) {
            return;
        }
        saving = true;
        ok.setEnabled(false);
        saveError.setVisible(false);
        saver.save(model, dialog::dispose, failure -> {
            saving = false;
            ok.setEnabled(model.isValid());
            saveError.setForeground(UIManager.getColor("Actions.Red"));
            saveError.setText("<html><div style='width:380px'>" + escape(errors.describe(failure)) + "</div></html>");
            saveError.setVisible(true);
            reload.setVisible(reloadAction != null && failure instanceof StaleDataException);
            growToFit();
        });
    }

    /** What the user typed that differs from what the dialog opened with, "label: value" a line. */
    private String typed() {
        StringBuilder text = new StringBuilder();
        java.util.List<String> changed = model.changedProperties();
        labels.forEach((property, label) -> {
            if (changed.contains(property) && !model.text(property).isBlank()) {
                text.append(label).append(": ").append(model.text(property)).append('\n');
            }
        });
        return text.toString().strip();
    }

    private void reloadAfterStale() {
        String typed = typed();
        dialog.dispose();
        reloadAction.accept(typed);
    }

    private void cancel() {
        if (saving) {
            return;
        }
        if (model.isDirty() && JOptionPane.showConfirmDialog(dialog, messages.get("dialog.discard"), dialog.getTitle(),
                JOptionPane.YES_NO_OPTION, JOptionPane.WARNING_MESSAGE) != JOptionPane.YES_OPTION) {
            return;
        }
        dialog.dispose();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
