package ch.mailbench.app.ui;

import javax.swing.table.AbstractTableModel;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A read-only table over a list of rows, described by its columns: every table of the console is
 * one of these, so a new table is a list of {@link Column}s, not another model class. EDT only.
 *
 * @param <T> one row
 */
public final class ListTableModel<T> extends AbstractTableModel {

    private static final long serialVersionUID = 1L;

    /**
     * One column: its header (already in the user's language), the type of its values (which picks
     * the renderer and how the column sorts) and how a row gives its value.
     */
    public record Column<T>(String header, Class<?> type, Function<? super T, ?> value) {

        /** A column of text. */
        public static <T> Column<T> text(String header, Function<? super T, String> value) {
            return new Column<>(header, String.class, value);
        }
    }

    private final transient List<Column<T>> columns;
    private transient List<T> rows = List.of();

    public ListTableModel(List<Column<T>> columns) {
        this.columns = List.copyOf(columns);
    }

    /** Shows {@code newRows} instead of the current ones. */
    public void show(List<T> newRows) {
        rows = List.copyOf(newRows);
        fireTableDataChanged();
    }

    /** The row at {@code row} in model order (convert view indexes of a sorted table first). */
    public T rowAt(int row) {
        return rows.get(row);
    }

    /** The model index of the first row that {@code matches}, or -1. */
    public int indexOf(Predicate<? super T> matches) {
        for (int i = 0; i < rows.size(); i++) {
            if (matches.test(rows.get(i))) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return columns.size();
    }

    @Override
    public String getColumnName(int column) {
        return columns.get(column).header();
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return columns.get(column).type();
    }

    @Override
    public Object getValueAt(int row, int column) {
        return columns.get(column).value().apply(rows.get(row));
    }
}
