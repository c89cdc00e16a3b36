package ch.mailbench.app.ui.history;

import ch.mailbench.app.ui.ListTableModel;
import ch.mailbench.app.ui.ListTableModel.Column;
import ch.mailbench.app.ui.Widgets;
import ch.mailbench.app.ui.browse.RelativeTime;
import ch.mailbench.core.history.HistoryEntry;
import net.miginfocom.swing.MigLayout;

import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.UIManager;
import java.time.Instant;
import java.util.List;

/** The customer's History tab: who changed what and when, old → new, newest first. EDT only. */
final class HistoryPanel {

    private final HistoryMessages messages;
    private final ListTableModel<HistoryEntry> model;
    private final JTable table;
    private final JScrollPane scroll;
    /** A day whose date is among the longest to write (two-digit day, long month names, late hour). */
    private static final Instant LONGEST_DAY = Instant.parse("2026-09-28T23:58:58Z");
    private final JLabel hint = Widgets.label("historyHint", "");
    private final JPanel panel = new JPanel(new MigLayout("insets 6 0 0 0, fill, hidemode 3", "[grow,fill]", "[][grow,fill]"));

    HistoryPanel(HistoryMessages messages, HistoryTexts texts, RelativeTime time) {
        this.messages = messages;
        model = new ListTableModel<>(List.of(
                Column.text(messages.get("column.when"), entry -> time.exact(entry.at())),
                Column.text(messages.get("column.who"), HistoryEntry::by),
                Column.text(messages.get("column.what"), texts::what),
                Column.text(messages.get("column.on"), HistoryEntry::label),
                Column.text(messages.get("column.changes"), texts::changes)));
        table = new JTable(model);
        table.setName("historyTable");
        table.setFillsViewportHeight(true);
        table.setAutoCreateRowSorter(false);
        int[] widths = {150, 90, 170, 190, 420};
        for (int i = 0; i < widths.length; i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
        // The time is never cut ("Quand" was, at 1280 px): the column keeps the width of a long date in this language.
        int whenWidth = table.getFontMetrics(table.getFont()).stringWidth(time.exact(LONGEST_DAY)) + 16;
        table.getColumnModel().getColumn(0).setMinWidth(whenWidth);
        table.getColumnModel().getColumn(0).setPreferredWidth(Math.max(widths[0], whenWidth));
        scroll = new JScrollPane(table);
        hint.setForeground(UIManager.getColor("Label.disabledForeground"));
        // Fixed cells: a hidden hint (hidemode 3) takes no cell, and its "wrap" went with it, which put the
        // table into the first row, which does not grow (it ended half-way down the tab).
        panel.add(hint, "cell 0 0");
        panel.add(scroll, "cell 0 1");
    }

    JComponent component() {
        return panel;
    }

    void show(List<HistoryEntry> entries) {
        model.show(entries);
        say(entries.isEmpty() ? messages.get("empty") : "");
    }

    /** A line above the table: loading, empty, failed; hidden when empty. */
    void say(String text) {
        hint.setText(text);
        hint.setVisible(!text.isEmpty());
    }
}
