package ch.mailbench.app.ui;

import ch.mailbench.app.Version;
import ch.mailbench.app.Workbench;
import ch.mailbench.app.ui.verify.VerifyMenu;
import ch.mailbench.app.ui.vault.VaultMenu;
import ch.mailbench.core.model.Customer;
import net.miginfocom.swing.MigLayout;

import java.util.List;
import java.util.concurrent.ExecutionException;

import javax.swing.DefaultListModel;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.SwingWorker;
import javax.swing.WindowConstants;

/** The console's main window: customers on the left, background work in the status bar. */
public final class MainWindow {

    private final Workbench workbench;
    private final Messages messages;
    private final JFrame frame = new JFrame();
    private final DefaultListModel<Customer> customers = new DefaultListModel<>();
    private final JList<Customer> customerList = new JList<>(customers);
    private final JLabel emptyHint = new JLabel();
    private final JLabel status = new JLabel();
    private final JProgressBar progress = new JProgressBar();

    /** Builds the window. Call on the EDT. */
    public MainWindow(Workbench workbench, Messages messages) {
        this.workbench = workbench;
        this.messages = messages;
        frame.setName("mainWindow");
        frame.setTitle(messages.get("app.title") + " — " + workbench.database().file().getFileName());
        frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        frame.setJMenuBar(menuBar());

        customerList.setName("customerList");
        customerList.setCellRenderer((list, customer, index, selected, focused) -> {
            JLabel label = new JLabel(customer.name());
            label.setOpaque(true);
            label.setBorder(javax.swing.BorderFactory.createEmptyBorder(3, 8, 3, 8));
            label.setBackground(selected ? list.getSelectionBackground() : list.getBackground());
            label.setForeground(selected ? list.getSelectionForeground() : list.getForeground());
            return label;
        });
        emptyHint.setName("emptyHint");
        status.setName("status");
        progress.setName("progress");
        progress.setIndeterminate(true);
        progress.setVisible(false);

        JPanel content = new JPanel(new MigLayout("insets 0, fill", "[300!][grow,fill]", "[grow,fill][]"));
        content.add(new JScrollPane(customerList), "cell 0 0, w 300!");
        content.add(emptyHint, "cell 1 0, center");
        content.add(status, "cell 0 1 2 1, split 2, growx, gap 8 8 4 4");
        content.add(progress, "w 160!, gapright 8");
        frame.setContentPane(content);
        frame.setSize(1280, 800);
        frame.setLocationRelativeTo(null);
    }

    JFrame frame() {
        return frame;
    }

    public void show() {
        frame.setVisible(true);
        loadCustomers();
    }

    private JMenuBar menuBar() {
        JMenuBar bar = new JMenuBar();
        JMenu file = new JMenu(messages.get("menu.file"));
        file.setName("menuFile");
        JMenuItem quit = new JMenuItem(messages.get("menu.file.quit"));
        quit.setName("menuQuit");
        quit.addActionListener(e -> frame.dispose());
        file.add(ch.mailbench.app.ui.sheet.SheetMenu.item(frame, workbench, customerList::getSelectedValue, messages.locale()));
        new VaultMenu(frame, workbench, messages.locale(), this::loadCustomers).addTo(file);
        file.add(quit);
        JMenu help = new JMenu(messages.get("menu.help"));
        help.setName("menuHelp");
        JMenuItem about = new JMenuItem(messages.get("menu.help.about"));
        about.setName("menuAbout");
        about.addActionListener(e -> JOptionPane.showMessageDialog(frame,
                messages.format("about.text", Version.current(), workbench.database().file()),
                messages.get("menu.help.about"), JOptionPane.INFORMATION_MESSAGE));
        help.add(about);
        bar.add(file);
        bar.add(new VerifyMenu(frame, workbench, messages.locale()).menu());
        bar.add(help);
        return bar;
    }

    private void loadCustomers() {
        status.setText(messages.get("status.loading"));
        progress.setVisible(true);
        new SwingWorker<List<Customer>, Void>() {
            @Override
            protected List<Customer> doInBackground() {
                return workbench.store().repositories().customers().findAll();
            }

            @Override
            protected void done() {
                progress.setVisible(false);
                try {
                    List<Customer> loaded = get();
                    customers.clear();
                    customers.addAll(loaded);
                    emptyHint.setText(loaded.isEmpty() ? messages.get("customers.empty") : "");
                    status.setText(messages.format("status.customers", loaded.size()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    status.setText(messages.format("status.loadFailed", e.getCause().getMessage()));
                }
            }
        }.execute();
    }
}
