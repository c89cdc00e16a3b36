package ch.mailbench.app.bench;

import ch.mailbench.app.cli.CliOutput;
import com.formdev.flatlaf.FlatLightLaf;
import net.miginfocom.swing.MigLayout;

import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import javax.swing.table.DefaultTableModel;

/**
 * The start-up benchmark's floor: the least a FlatLaf + MigLayout window with a table costs on
 * this machine, started the same way as Mailbench (same runtime, same jar). Not part of the
 * console; only {@code bench-startup} starts it.
 */
public final class FloorWindow {

    private FloorWindow() {
    }

    public static void main(String[] args) {
        CliOutput output = CliOutput.standard();
        StartupProbe.installIf(System.getenv(StartupProbe.VARIABLE), output.out(), () -> System.exit(0));
        SwingUtilities.invokeLater(() -> {
            FlatLightLaf.setup();
            DefaultTableModel model = new DefaultTableModel(new Object[] {"Customer", "Mailboxes"}, 0);
            for (int i = 1; i <= 40; i++) {
                model.addRow(new Object[] {"Customer " + i, i});
            }
            JTable table = new JTable(model);
            table.setName("customerList");
            JPanel content = new JPanel(new MigLayout("fill, insets 6", "[grow,fill]", "[grow,fill]"));
            content.add(new JScrollPane(table));
            JFrame frame = new JFrame("Floor");
            frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
            frame.setContentPane(content);
            frame.setSize(1280, 800);
            frame.setLocationRelativeTo(null);
            frame.setVisible(true);
        });
    }
}
