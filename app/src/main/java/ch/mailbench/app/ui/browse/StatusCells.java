package ch.mailbench.app.ui.browse;

import ch.mailbench.app.ui.Messages;
import ch.mailbench.core.directory.CheckStatus;

import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.UIManager;
import javax.swing.table.DefaultTableCellRenderer;
import java.awt.Color;
import java.awt.Component;

/**
 * Renders the status column colour-blind safe (symbol + word + colour: ✔ verified, ✖ failing,
 * ⚠ stale, ○ never checked) and the last-check column as a relative time with the exact time
 * and outcome in the tooltip.
 */
final class StatusCells {

    private StatusCells() {
    }

    static DefaultTableCellRenderer status(Messages messages) {
        return new DefaultTableCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focused, int row, int column) {
                super.getTableCellRendererComponent(table, value, selected, focused, row, column);
                CheckStatus status = (CheckStatus) value;
                setText(symbol(status) + " " + messages.get("status." + status.name()));
                if (!selected) {
                    setForeground(colour(status));
                }
                return this;
            }
        };
    }

    static DefaultTableCellRenderer lastCheck(Messages messages, RelativeTime time) {
        return new DefaultTableCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focused, int row, int column) {
                super.getTableCellRendererComponent(table, value, selected, focused, row, column);
                MailboxTableModel.LastCheckCell cell = (MailboxTableModel.LastCheckCell) value;
                setText(cell.check().map(c -> time.ago(c.at())).orElse(messages.get("status.NEVER_CHECKED")));
                setToolTipText(cell.check().map(c -> time.exact(c.at()) + " — " + messages.get("outcome." + c.outcome().name()))
                        .orElse(null));
                setHorizontalAlignment(JLabel.LEADING);
                return this;
            }
        };
    }

    static String symbol(CheckStatus status) {
        return switch (status) {
            case VERIFIED -> "✔";
            case FAILING -> "✖";
            case STALE -> "⚠";
            case NEVER_CHECKED -> "○";
        };
    }

    private static Color colour(CheckStatus status) {
        return switch (status) {
            case VERIFIED -> UIManager.getColor("Actions.Green");
            case FAILING -> UIManager.getColor("Actions.Red");
            case STALE -> UIManager.getColor("Actions.Yellow");
            case NEVER_CHECKED -> UIManager.getColor("Label.disabledForeground");
        };
    }
}
