package ch.mailbench.app.ui;

import ch.mailbench.app.ui.ListTableModel.Column;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ListTableModelTest {

    private record Host(String name, int port) {
    }

    private final ListTableModel<Host> model = new ListTableModel<>(List.of(
            Column.text("Host", Host::name),
            new Column<>("Port", Integer.class, Host::port)));

    @Test
    void describesItsColumnsAndShowsTheRowsGiven() {
        List<Integer> changes = new ArrayList<>();
        model.addTableModelListener(e -> changes.add(e.getType()));

        model.show(List.of(new Host("imap.example.ch", 993), new Host("smtp.example.ch", 587)));

        assertThat(changes).hasSize(1);
        assertThat(model.getColumnCount()).isEqualTo(2);
        assertThat(model.getColumnName(1)).isEqualTo("Port");
        assertThat(model.getColumnClass(0)).isEqualTo(String.class);
        assertThat(model.getColumnClass(1)).isEqualTo(Integer.class);
        assertThat(model.getRowCount()).isEqualTo(2);
        assertThat(model.getValueAt(1, 0)).isEqualTo("smtp.example.ch");
        assertThat(model.getValueAt(1, 1)).isEqualTo(587);
        assertThat(model.rowAt(0).port()).isEqualTo(993);
    }

    @Test
    void findsARowByWhatItHolds() {
        model.show(List.of(new Host("imap.example.ch", 993), new Host("smtp.example.ch", 587)));

        assertThat(model.indexOf(host -> host.port() == 587)).isEqualTo(1);
        assertThat(model.indexOf(host -> host.port() == 25)).isEqualTo(-1);
    }

    @Test
    void keepsItsOwnCopyOfTheRows() {
        List<Host> rows = new ArrayList<>(List.of(new Host("imap.example.ch", 993)));
        model.show(rows);
        rows.clear();

        assertThat(model.getRowCount()).isEqualTo(1);
    }
}
