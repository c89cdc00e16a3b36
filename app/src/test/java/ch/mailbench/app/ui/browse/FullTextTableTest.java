package ch.mailbench.app.ui.browse;

import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;

import javax.swing.table.DefaultTableModel;
import java.awt.event.MouseEvent;

import static org.assertj.core.api.Assertions.assertThat;

/** A cut cell or column header ("Benutzerna…", "fehlerhaft · vor 1 Mi…") shows its whole text in the tooltip. */
class FullTextTableTest {

    @Test
    void aCutCellOrHeaderShowsItsWholeText() {
        String[] tips = GuiActionRunner.execute(() -> {
            FullTextTable table = new FullTextTable(new DefaultTableModel(
                    new Object[][] {{"fehlerhaft · vor 1 Minute", "ok"}}, new Object[] {"Benutzername", "Typ"}));
            table.setAutoResizeMode(javax.swing.JTable.AUTO_RESIZE_OFF);
            table.getColumnModel().getColumn(0).setPreferredWidth(40);
            table.getColumnModel().getColumn(1).setPreferredWidth(200);
            table.setSize(240, 100);
            table.getTableHeader().setSize(240, 20);
            table.doLayout();
            return new String[] {
                    table.getToolTipText(at(table, 10)), table.getToolTipText(at(table, 100)),
                    table.getTableHeader().getToolTipText(at(table.getTableHeader(), 10)),
                    table.getTableHeader().getToolTipText(at(table.getTableHeader(), 100))};
        });

        assertThat(tips).containsExactly("fehlerhaft · vor 1 Minute", null, "Benutzername", null);
    }

    private static MouseEvent at(java.awt.Component component, int x) {
        return new MouseEvent(component, MouseEvent.MOUSE_MOVED, 0, 0, x, 5, 0, false);
    }
}
