package ch.mailbench.app.ui.migration;

import ch.mailbench.app.ui.Widgets;
import ch.mailbench.app.ui.ErrorTexts;
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
import javax.swing.table.AbstractTableModel;
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
    private final Rows rows;
    private final JTable table;
    private final JButton revert;
    private final JLabel notice = new JLabel(" ");

    ChangeSetsDialog(Window owner, ChangeSetService changeSets, TaskExecutor tasks, ErrorTexts errors, MigrationTexts texts, Runnable changed) {
        this.changeSets = changeSets;
        this.tasks = tasks;
        this.errors = errors;
        this.texts = texts;
        this.changed = changed;
        this.rows = new Rows(texts);
        dialog = new JDialog(owner, texts.get("changeSets.title"), JDialog.ModalityType.MODELESS);
        dialog.setName("changeSetsDialog");
        table = new JTable(rows);
        table.setName("changeSetsTable");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        revert = new JButton(texts.get("changeSets.revert"));
        revert.setName("revertButton");
        revert.setEnabled(false);
        table.getSelectionModel().addListSelectionListener(e -> revert.setEnabled(selected() != null && !selected().reverted()));
        revert.addActionListener(e -> revertSelected());
        JButton close = new JButton(texts.get("close"));
        close.setName("closeButton");
        close.addActionListener(e -> dialog.dispose());
        notice.setName("changeSetsNotice");
        int[] widths = {50, 150, 100, 430, 170};
        for (int i = 0; i < widths.length; i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
        JPanel buttons = new JPanel(new MigLayout("insets 0", "push[sg buttons][sg buttons]"));
        buttons.add(revert);
        buttons.add(close);
        JPanel content = new JPanel(new MigLayout("insets dialog, fill, wrap 1", "[grow,fill]", "[grow,fill][][]"));
        content.add(new JScrollPane(table));
        content.add(notice);
        content.add(buttons);
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
        return row < 0 ? null : rows.at(table.convertRowIndexToModel(row));
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

    private static final class Rows extends AbstractTableModel {
        private static final long serialVersionUID = 1L;
        private static final String[] COLUMNS = {"id", "when", "who", "what", "state"};

        private final transient MigrationTexts texts;
        private final transient ChangeTexts words;
        private transient List<ChangeSet> changeSets = List.of();

        Rows(MigrationTexts texts) {
            this.texts = texts;
            this.words = new ChangeTexts(texts.locale());
        }

        void show(List<ChangeSet> loaded) {
            changeSets = loaded;
            fireTableDataChanged();
        }

        ChangeSet at(int row) {
            return changeSets.get(row);
        }

        @Override
        public int getRowCount() {
            return changeSets.size();
        }

        @Override
        public int getColumnCount() {
            return COLUMNS.length;
        }

        @Override
        public String getColumnName(int column) {
            return texts.get("changeSets.column." + COLUMNS[column]);
        }

        @Override
        public Object getValueAt(int row, int column) {
            ChangeSet changeSet = changeSets.get(row);
            return switch (column) {
                case 0 -> "#" + changeSet.id();
                case 1 -> texts.time(changeSet.createdAt());
                case 2 -> changeSet.createdBy();
                case 3 -> words.describe(changeSet);
                default -> changeSet.revertedAt().map(at -> texts.format("changeSets.revertedAt", texts.time(at)))
                        .orElse(texts.format("changeSets.applied", changeSet.entries().size()));
            };
        }
    }
}
