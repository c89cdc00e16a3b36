package ch.mailbench.app.ui.migration;

import ch.mailbench.core.directory.CheckStatus;

import javax.swing.JTable;
import javax.swing.UIManager;
import javax.swing.table.DefaultTableCellRenderer;
import java.awt.Color;
import java.awt.Component;

/** The status column in its colour, on top of the symbol and word the text already has (colour-blind safe). */
final class StatusRenderer extends DefaultTableCellRenderer {

    private static final long serialVersionUID = 1L;

    private final transient OverviewRows rows;

    StatusRenderer(OverviewRows rows) {
        this.rows = rows;
    }

    @Override
    public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focused, int row, int column) {
        super.getTableCellRendererComponent(table, value, selected, focused, row, column);
        if (!selected) {
            setForeground(colour(rows.at(table.convertRowIndexToModel(row)).status()));
        }
        return this;
    }

    private static Color colour(CheckStatus status) {
        return switch (status) {
            case VERIFIED -> UIManager.getColor("Actions.Green");
            case FAILING -> UIManager.getColor("Actions.Red");
            case STALE -> UIManager.getColor("Actions.Yellow");
            case NEVER_CHECKED, NEEDS_PASSWORD -> UIManager.getColor("Label.disabledForeground");
        };
    }
}
