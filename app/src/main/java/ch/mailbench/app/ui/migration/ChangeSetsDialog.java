package ch.mailbench.app.ui.migration;

import ch.mailbench.app.ui.ErrorTexts;
import ch.mailbench.app.ui.ListTableModel;
import ch.mailbench.app.ui.ListTableModel.Column;
import ch.mailbench.app.ui.Widgets;
import ch.mailbench.app.ui.task.BackgroundTask;
import ch.mailbench.app.ui.task.TaskExecutor;
import ch.mailbench.core.change.ChangeSet;
import ch.mailbench.core.change.ChangeTexts;
import ch.mailbench.core.change.ChangeSetService;
import ch.mailbench.core.change.RevertRefusedException;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import java.awt.Window;
import java.util.List;

/** Tools → Change sets…: every applied change of servers, newest first, each revertible in one step. Build on the EDT. */
final class ChangeSetsDialog {

    private final JDialog dialog;
    private final ChangeSetService changeSets;
    private final TaskExecutor tasks;
    private final ErrorTexts errors;
    private final MigrationTexts texts;
    private final Runnable changed;
    private final ListTableModel<ChangeSet> rows;
    private final JTable table;
    private final JButton revert;
    private final JLabel notice = new JLabel(" ");

    ChangeSetsDialog(Window owner, ChangeSetService changeSets, TaskExecutor tasks, ErrorTexts errors, MigrationTexts texts, Runnable changed) {
        this.changeSets = changeSets;
        this.tasks = tasks;
        this.errors = errors;
        this.texts = texts;
        this.changed = changed;
        this.rows = rows(texts);
        dialog = new JDialog(owner, texts.get("changeSets.title"), JDialog.ModalityType.MODELESS);
        dialog.setName("changeSetsDialog");
        table = new JTable(rows);
        table.setName("changeSetsTable");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        revert = Widgets.button("revertButton", texts.get("changeSets.revert"), e -> revertSelected());
        revert.setEnabled(false);
        table.getSelectionModel().addListSelectionListener(e -> revert.setEnabled(selected() != null && !selected().reverted()));
        JButton close = Widgets.button("closeButton", texts.get("close"), e -> dialog.dispose());
        notice.setName("changeSetsNotice");
        int[] widths = {50, 150, 100, 430, 170};
        for (int i = 0; i < widths.length; i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
        JPanel content = new JPanel(new MigLayout("insets dialog, fill, wrap 1", "[grow,fill]", "[grow,fill][][]"));
        content.add(new JScrollPane(table));
        content.add(notice);
        content.add(Widgets.buttonBar(revert, close));
        dialog.setContentPane(content);
        Widgets.closeOnEscape(dialog, dialog::dispose);
        dialog.setSize(900, 380);
        Widgets.placeOnScreen(dialog, owner);
    }

    JDialog dialog() {
        return dialog;
    }

    void show() {
        dialog.setVisible(true);
        reload();
    }

    private ChangeSet selected() {
        int row = table.getSelectedRow();
        return row < 0 ? null : rows.rowAt(table.convertRowIndexToModel(row));
    }

    private void reload() {
        BackgroundTask.of(monitor -> changeSets.list()).onSuccess(loaded -> {
            rows.show(loaded);
            if (loaded.isEmpty()) {
                notice.setText(texts.get("changeSets.empty"));
            }
        }).onFailure(e -> notice.setText(errors.describe(e))).executeWith(tasks);
    }

    private void revertSelected() {
        ChangeSet changeSet = selected();
        if (changeSet == null) {
            return;
        }
        revert.setEnabled(false);
        BackgroundTask.of(monitor -> changeSets.revert(changeSet.id())).onSuccess(reverted -> {
            notice.setText(texts.format("changeSets.reverted", reverted.id()));
            reload();
            changed.run();
        }).onFailure(this::showFailure).executeWith(tasks);
    }

    private void showFailure(Exception failure) {
        notice.setText(failure instanceof RevertRefusedException refused
                ? texts.format("changeSets.refused", String.join(", ", refused.edited()))
                : errors.describe(failure));
    }

    private static ListTableModel<ChangeSet> rows(MigrationTexts texts) {
        ChangeTexts words = new ChangeTexts(texts.locale());
        return new ListTableModel<>(List.of(
                Column.text(texts.get("changeSets.column.id"), changeSet -> "#" + changeSet.id()),
                Column.text(texts.get("changeSets.column.when"), changeSet -> texts.time(changeSet.createdAt())),
                Column.text(texts.get("changeSets.column.who"), ChangeSet::createdBy),
                Column.text(texts.get("changeSets.column.what"), words::describe),
                Column.text(texts.get("changeSets.column.state"), changeSet -> changeSet.revertedAt()
                        .map(at -> texts.format("changeSets.revertedAt", texts.time(at)))
                        .orElse(texts.format("changeSets.applied", changeSet.entries().size())))));
    }
}
