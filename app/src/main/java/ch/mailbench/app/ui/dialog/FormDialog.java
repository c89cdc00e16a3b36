package ch.mailbench.app.ui.dialog;

import ch.mailbench.app.ui.ErrorTexts;
import ch.mailbench.app.ui.Messages;
import ch.mailbench.app.ui.Widgets;
import ch.mailbench.app.ui.form.FormModel;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.UIManager;
import javax.swing.WindowConstants;
import java.awt.Dimension;
import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
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
        ok = Widgets.button("ok", messages.get("dialog.ok"), e -> save());
        JButton cancel = Widgets.button("cancel", messages.get("dialog.cancel"), e -> cancel());
        binder.enabledWhen(ok, () -> model.isValid() && !saving);

        JPanel content = new JPanel(new MigLayout("insets dialog, fill, hidemode 3", "[grow,fill]", "[grow,fill][][]"));
        content.add(rows, "wrap");
        content.add(saveError, "wrap, gaptop 8");
        content.add(Widgets.buttonBar(ok, cancel), "growx, gaptop 12");
        dialog.setContentPane(content);
        dialog.getRootPane().setDefaultButton(ok);
        Widgets.closeOnEscape(dialog, this::cancel);
    }

    /** Adds "label: field" and, below the field, the label that shows the field's error. */
    public JLabel row(String labelText, JComponent field, String property) {
        JLabel label = Widgets.labelFor(field, labelText);
        rows.add(label);
        rows.add(field);
        if (property != null) {
            rows.add(binder.error(property), "skip 1, " + Binder.ERROR_CELL);
        }
        return label;
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
            growToFit();
        });
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
