package ch.mailbench.app.ui.browse;

import ch.mailbench.app.ui.Messages;
import ch.mailbench.core.directory.CheckStatus;

import javax.swing.JTable;
import javax.swing.UIManager;
import javax.swing.table.DefaultTableCellRenderer;
import java.awt.Color;
import java.awt.Component;
import java.util.function.IntFunction;

/**
 * The one place that paints a mailbox's check status in a table: colour-blind safe (symbol + word
 * + colour: ✔ verified, ✖ failing, ⚠ stale, ○ never checked), the colour from the theme's keys.
 */
public final class StatusCells {

    private StatusCells() {
    }

    /** "✔ verified · 2 h ago" in the status colour; the tooltip has the exact time and what happened. */
    static DefaultTableCellRenderer lastCheck(Messages messages, RelativeTime time) {
        return new Coloured((table, value, row) -> ((LastCheckCell) value).status()) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void setValue(Object value) {
                LastCheckCell cell = (LastCheckCell) value;
                String word = cell.status().symbol() + " " + messages.get("status." + cell.status().name());
                setText(cell.check().map(c -> word + " · " + time.ago(c.at())).orElse(word));
                setToolTipText(cell.check().map(c -> time.exact(c.at()) + " — " + messages.get("outcome." + c.outcome().name()))
                        .orElse(null));
            }
        };
    }

    /**
     * A cell whose text already carries the symbol and word, shown in the colour of its row's status;
     * {@code statusOfModelRow} is asked with the model's row index, so sorting and filtering are taken care of.
     */
    public static DefaultTableCellRenderer colouredBy(IntFunction<CheckStatus> statusOfModelRow) {
        return new Coloured((table, value, row) -> statusOfModelRow.apply(table.convertRowIndexToModel(row)));
    }

    /** Which status a cell shows, from the table, the cell's value and its row in the view. */
    @FunctionalInterface
    private interface StatusOf {
        CheckStatus status(JTable table, Object value, int viewRow);
    }

    /** Paints the status colour unless the row is selected, where the selection's colours must stay readable. */
    private static class Coloured extends DefaultTableCellRenderer {

        private static final long serialVersionUID = 1L;

        private final transient StatusOf statusOf;

        Coloured(StatusOf statusOf) {
            this.statusOf = statusOf;
        }

        @Override
        public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focused, int row, int column) {
            super.getTableCellRendererComponent(table, value, selected, focused, row, column);
            if (!selected) {
                setForeground(colour(statusOf.status(table, value, row)));
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
}
