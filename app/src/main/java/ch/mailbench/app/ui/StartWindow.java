package ch.mailbench.app.ui;

import ch.mailbench.app.ui.action.MenuId;
import ch.mailbench.app.ui.browse.CustomerListPanel;
import ch.mailbench.core.directory.CustomerIndex;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JSplitPane;
import javax.swing.JTextField;
import javax.swing.JToolBar;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.UIManager;
import javax.swing.WindowConstants;
import java.awt.BorderLayout;
import java.awt.Frame;
import java.awt.Graphics;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * What the console shows in the first moment, while the database opens in the background: the
 * window at its remembered place with its menus, toolbar row, an empty list saying "Loading
 * customers…" and a busy status line. Every menu says the database is opening, so a click does
 * not go unanswered. Once read, the customer list takes the empty one's place ({@link #showList}), and
 * {@link MainWindow} then takes over the same frame and that list, so nothing flickers.
 * Build and use on the EDT.
 */
final class StartWindow {

    /** How long the full window waits for this one's first paint when the desktop does not show it (started minimised). */
    private static final int PAINT_PATIENCE_MILLIS = 2000;

    private final JFrame frame = new JFrame();
    private final ConsolePreferences preferences;
    private final JSplitPane split;
    /** What waits for the first paint ({@link #whenPainted}); empty once it has happened. */
    private final List<Runnable> waitingForPaint = new ArrayList<>();
    private boolean painted;

    /** @param databaseName the file's name, or a team database's name and server */
    StartWindow(Messages messages, ConsolePreferences preferences, String databaseName) {
        this.preferences = preferences;
        String opening = messages.format("status.openingDatabase", databaseName);
        frame.setName("mainWindow");
        frame.setTitle(messages.get("app.title") + " — " + databaseName);
        frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        JMenuBar menuBar = new JMenuBar();
        for (MenuId id : MenuId.values()) {
            JMenu menu = Widgets.menu("menu" + id.name(), messages.get(id.messageKey()));
            JMenuItem waiting = new JMenuItem(opening);
            waiting.setEnabled(false);
            menu.add(waiting);
            menuBar.add(menu);
        }
        frame.setJMenuBar(menuBar);

        JToolBar toolbar = new JToolBar();
        toolbar.setFloatable(false);
        // An empty button keeps the toolbar row at its final height, so the window does not jump.
        JButton placeholder = new JButton(" ");
        placeholder.setEnabled(false);
        placeholder.setBorderPainted(false);
        toolbar.add(placeholder);

        JPanel list = new JPanel(new MigLayout("insets 6, fill", "[grow,fill]", "[][grow,top]"));
        JTextField search = new JTextField();
        search.putClientProperty("JTextField.placeholderText", messages.get("search.placeholder"));
        search.setEnabled(false);
        list.add(search, "wrap");
        JLabel loading = Widgets.label("customersLoading", messages.get("status.loading"));
        loading.setForeground(UIManager.getColor("Label.disabledForeground"));
        list.add(loading);
        split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, list, new JPanel());
        split.setBorder(null);
        int divider = preferences.splitPosition(MainWindow.MAIN_SPLIT);
        split.setDividerLocation(divider > 0 ? divider : 260);

        JPanel status = new JPanel(new MigLayout("insets 3 8 3 8", "[grow,fill][]", "[]"));
        status.add(Widgets.label("status", opening));
        JProgressBar busy = new JProgressBar();
        busy.setIndeterminate(true);
        status.add(busy, "w 160!");

        JPanel content = new JPanel(new BorderLayout()) {
            @Override
            public void paint(Graphics graphics) {
                super.paint(graphics);
                if (!painted) {
                    painted = true;
                    // After the paint, not inside it: what waits builds a whole window.
                    SwingUtilities.invokeLater(StartWindow.this::runWaiting);
                }
            }
        };
        content.add(toolbar, BorderLayout.NORTH);
        content.add(split, BorderLayout.CENTER);
        content.add(status, BorderLayout.SOUTH);
        frame.setContentPane(content);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                // No paint will come: what waits for it learns now that the window is gone (see closed()).
                runWaiting();
            }
        });
        MainWindow.placeWindow(frame, preferences);
    }

    /** Whether the technician closed this window (before the full window took it over). */
    boolean closed() {
        return !frame.isDisplayable();
    }

    void show(boolean maximized) {
        frame.setVisible(true);
        if (maximized) {
            frame.setExtendedState(Frame.MAXIMIZED_BOTH);
        }
    }

    /**
     * Runs {@code action} once this window has been painted: at once if it has been. On a busy machine the
     * database can be open before the desktop has shown this window; building the full window first would
     * keep it blank until the list is there. EDT.
     */
    void whenPainted(Runnable action) {
        if (painted && waitingForPaint.isEmpty()) {
            action.run();
            return;
        }
        waitingForPaint.add(action);
        Timer patience = new Timer(PAINT_PATIENCE_MILLIS, e -> runWaiting());
        patience.setRepeats(false);
        patience.start();
    }

    private void runWaiting() {
        painted = true;
        List<Runnable> actions = List.copyOf(waitingForPaint);
        waitingForPaint.clear();
        actions.forEach(Runnable::run);
    }

    /**
     * Shows {@code customers} in {@code list} (the last customer chosen) in the place of the empty list, while the rest
     * of the full window is built.
     */
    void showList(CustomerListPanel list, CustomerIndex customers) {
        list.showIndex(customers, preferences.lastCustomer());
        int divider = split.getDividerLocation();
        split.setLeftComponent(list.component());
        split.setDividerLocation(divider);
    }

    /**
     * Called once the customer list is on the screen: drawing the icon from its SVG (some 300 classes
     * of an SVG renderer and an XML parser) need delay neither the window nor the list.
     */
    void showIconLater() {
        SwingUtilities.invokeLater(() -> frame.setIconImages(AppIcon.images()));
    }

    /** The frame, for {@link MainWindow} to fill. */
    JFrame frame() {
        return frame;
    }
}
