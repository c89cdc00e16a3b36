package ch.mailbench.app.ui.browse;

import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.table.JTableHeader;
import javax.swing.table.TableColumnModel;
import javax.swing.table.TableModel;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Point;
import java.awt.event.MouseEvent;

/**
 * A table whose cut cells and column headers ("Benutzerna…", "fehlerhaft · vor 1 Mi…") show their
 * whole text in the tooltip, before the cell's own tooltip (e.g. the exact time of a check).
 */
final class FullTextTable extends JTable {

    private static final long serialVersionUID = 1L;

    FullTextTable(TableModel model) {
        super(model);
    }

    /**
     * Fills the view's width while every column fits at its minimum (a header, the longest address);
     * on a narrower window it keeps those widths and scrolls sideways instead of cutting the last columns off.
     */
    @Override
    public boolean getScrollableTracksViewportWidth() {
        return getParent() == null || minimumWidth() <= getParent().getWidth();
    }

    /** When it scrolls sideways, only as far as the columns' minimums need (not to their wider preferred widths). */
    @Override
    public Dimension getPreferredSize() {
        Dimension size = super.getPreferredSize();
        if (!getScrollableTracksViewportWidth()) {
            size.width = minimumWidth();
        }
        return size;
    }

    private int minimumWidth() {
        int minimum = 0;
        for (int column = 0; column < columnModel.getColumnCount(); column++) {
            minimum += columnModel.getColumn(column).getMinWidth();
        }
        return minimum;
    }

    @Override
    public String getToolTipText(MouseEvent event) {
        Point at = event.getPoint();
        int row = rowAtPoint(at);
        int column = columnAtPoint(at);
        if (row < 0 || column < 0) {
            return super.getToolTipText(event);
        }
        Component cell = prepareRenderer(getCellRenderer(row, column), row, column);
        String own = cell instanceof JComponent component ? component.getToolTipText() : null;
        String cut = cutText(cell, getCellRect(row, column, false).width);
        if (cut == null) {
            return own;
        }
        return own == null ? cut : cut + " — " + own;
    }

    @Override
    protected JTableHeader createDefaultTableHeader() {
        return new JTableHeader(columnModel) {
            private static final long serialVersionUID = 1L;

            @Override
            public String getToolTipText(MouseEvent event) {
                TableColumnModel columns = getColumnModel();
                int column = columns.getColumnIndexAtX(event.getX());
                if (column < 0) {
                    return null;
                }
                Component renderer = getDefaultRenderer().getTableCellRendererComponent(getTable(),
                        columns.getColumn(column).getHeaderValue(), false, false, -1, column);
                return cutText(renderer, getHeaderRect(column).width);
            }
        };
    }

    /** The label's text when it needs more than {@code width} pixels, else null. */
    private static String cutText(Component component, int width) {
        if (component instanceof JLabel label && label.getText() != null && !label.getText().isEmpty()
                && label.getPreferredSize().width > width) {
            return label.getText();
        }
        return null;
    }
}
