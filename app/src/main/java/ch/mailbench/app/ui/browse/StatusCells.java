package ch.mailbench.app.ui.browse;

import ch.mailbench.app.ui.Messages;
import ch.mailbench.core.directory.CheckStatus;

import javax.swing.JTable;
import javax.swing.UIManager;
import javax.swing.table.DefaultTableCellRenderer;
import java.awt.Color;
import java.awt.Component;

/**
 * Renders a mailbox's last check colour-blind safe (symbol + word + colour: ✔ verified,
 * ✖ failing, ⚠ stale, ○ never checked) with a relative time, and the exact time and outcome in
 * the tooltip.
 */
final class StatusCells {

    private StatusCells() {
    }

    /** "✔ verified · 2 h ago" in the status colour; the tooltip has the exact time and what happened. */
    static DefaultTableCellRenderer lastCheck(Messages messages, RelativeTime time) {
        return new DefaultTableCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focused, int row, int column) {
                super.getTableCellRendererComponent(table, value, selected, focused, row, column);
                LastCheckCell cell = (LastCheckCell) value;
                String word = cell.status().symbol() + " " + messages.get("status." + cell.status().name());
                setText(cell.check().map(c -> word + " · " + time.ago(c.at())).orElse(word));
                setToolTipText(cell.check().map(c -> time.exact(c.at()) + " — " + messages.get("outcome." + c.outcome().name()))
                        .orElse(null));
                if (!selected) {
                    setForeground(colour(cell.status()));
                }
                return this;
            }
        };
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
