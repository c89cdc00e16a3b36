package ch.mailbench.app.ui.browse;

import javax.swing.Action;
import javax.swing.JComponent;
import javax.swing.JPopupMenu;
import java.awt.Point;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.function.IntConsumer;
import java.util.function.ToIntFunction;

/** The mouse on the customer list and the customer's tables: one behaviour for both. */
final class RowMouse {

    private RowMouse() {
    }

    /**
     * A double-click on a row does {@code open}; the context-menu gesture (press on some systems,
     * release on others) selects the row under the pointer and shows {@code popup} there.
     *
     * @param rowAt  the row under a point, or -1
     * @param select selects one row
     */
    static void install(JComponent rows, ToIntFunction<Point> rowAt, IntConsumer select, Action open, JPopupMenu popup) {
        rows.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2 && rowAt.applyAsInt(e.getPoint()) >= 0) {
                    open.actionPerformed(null);
                }
            }

            @Override public void mousePressed(MouseEvent e) { popup(e); }
            @Override public void mouseReleased(MouseEvent e) { popup(e); }

            private void popup(MouseEvent e) {
                int row = rowAt.applyAsInt(e.getPoint());
                if (e.isPopupTrigger() && row >= 0) {
                    select.accept(row);
                    popup.show(rows, e.getX(), e.getY());
                }
            }
        });
    }
}
