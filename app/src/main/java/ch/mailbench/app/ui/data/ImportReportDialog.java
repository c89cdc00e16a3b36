package ch.mailbench.app.ui.data;

import java.util.List;
import ch.mailbench.app.ui.Widgets;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import java.awt.Dialog;
import java.awt.Window;
import java.awt.event.MouseEvent;

/** Shows what an import did or why it wrote nothing, and offers to import only the valid lines. Build on the EDT. */
final class ImportReportDialog {

    private final JDialog dialog;

    ImportReportDialog(Window owner, String fileName, ImportReportModel model, DataMessages messages, Runnable importValidLinesOnly) {
        dialog = new JDialog(owner, messages.format("import.title", fileName), Dialog.ModalityType.APPLICATION_MODAL);
        dialog.setName("importReportDialog");
        dialog.setDefaultCloseOperation(JDialog.DISPOSE_ON_CLOSE);
        JPanel panel = new JPanel(new MigLayout("insets dialog, wrap 1, hidemode 3", "[grow,fill]", "[][grow,fill][][]"));
        JLabel summary = new JLabel("<html><body style='width: 640px'>" + model.summary() + "</body></html>");
        summary.setName("importSummary");
        panel.add(summary);
        JTable problems = new JTable(model.problems()) {
            private static final long serialVersionUID = 1L;

            /** A long reason is cut in its cell; the tooltip shows all of it. */
            @Override
            public String getToolTipText(MouseEvent event) {
                int row = rowAtPoint(event.getPoint());
                int column = columnAtPoint(event.getPoint());
                return row < 0 || column < 0 ? null : String.valueOf(getValueAt(row, column));
            }
        };
        problems.setName("importProblems");
        problems.setAutoCreateRowSorter(true);
        problems.getColumnModel().getColumn(0).setMaxWidth(60);
        problems.getColumnModel().getColumn(1).setPreferredWidth(120);
        problems.getColumnModel().getColumn(1).setMaxWidth(160);
        problems.getColumnModel().getColumn(2).setPreferredWidth(580);
        JScrollPane problemScroll = new JScrollPane(problems);
        problemScroll.setVisible(model.hasProblems());
        panel.add(problemScroll, "h 120:220:400");
        JList<String> details = new JList<>(model.details().toArray(String[]::new));
        details.setName("importDetails");
        JScrollPane detailScroll = new JScrollPane(details);
        detailScroll.setVisible(!model.details().isEmpty());
        panel.add(detailScroll, "h 60:120:240");
        JButton validOnly = Widgets.button("importValidOnly", messages.get("import.validOnly"));
        validOnly.setVisible(model.canImportValidLinesOnly());
        validOnly.addActionListener(e -> {
            dialog.dispose();
            importValidLinesOnly.run();
        });
        JButton close = Widgets.button("importClose", messages.get("import.close"));
        close.addActionListener(e -> dialog.dispose());
        panel.add(Widgets.buttonBar(List.of(validOnly), close), "growx");
        dialog.setContentPane(panel);
        dialog.getRootPane().setDefaultButton(close);
        Widgets.closeOnEscape(dialog, dialog::dispose);
        dialog.pack();
        Widgets.placeOnScreen(dialog, owner);
    }

    void show() {
        dialog.setVisible(true);
    }
}
