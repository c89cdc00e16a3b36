package ch.mailbench.app.ui;

import ch.mailbench.app.ui.vault.SwingUnlockHandler;
import ch.mailbench.app.Version;
import ch.mailbench.app.Workbench;
import ch.mailbench.app.ui.action.ConsoleAction;
import ch.mailbench.app.ui.action.ConsoleContext;
import ch.mailbench.app.ui.action.ConsoleExtension;
import ch.mailbench.app.ui.action.ConsoleHooks;
import ch.mailbench.app.ui.action.ConsoleMenus;
import ch.mailbench.app.ui.action.ConsoleMenus.Target;
import ch.mailbench.app.ui.action.ConsoleSelection;
import ch.mailbench.app.ui.action.MenuId;
import ch.mailbench.app.ui.browse.CustomerListPanel;
import ch.mailbench.app.ui.browse.CustomerPanel;
import ch.mailbench.app.ui.task.BackgroundTask;
import ch.mailbench.app.ui.task.StatusBar;
import ch.mailbench.app.ui.task.SwingTaskExecutor;
import ch.mailbench.core.directory.CustomerFile;
import ch.mailbench.core.directory.CustomerIndex;
import ch.mailbench.core.directory.CustomerSummary;
import ch.mailbench.core.port.DatabaseAddress;

import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.ButtonGroup;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.JSplitPane;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import javax.swing.filechooser.FileNameExtensionFilter;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.event.ActionEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.List;
import java.util.Optional;

/**
 * The console's main window: the customer list with its search on the left, the open customer
 * on the right, menus and toolbar built from {@link ConsoleAction}s (features add theirs through
 * {@link ConsoleExtension}), background work in the status bar. Build and use on the EDT.
 *
 * <p>Over 400 lines on purpose: the one place where the customer list, the open customer, every
 * feature's menus and the window's remembered place meet; what a feature does stays in its package.
 */
public final class MainWindow {

    /** What the window asks of whoever started it: things that replace the window itself. */
    public interface Host {
        /**
         * Opens {@code address} in the background and shows it in a new window, closing {@code current}
         * and running {@code opened} on success, else handing the failure to {@code failed}. EDT.
         */
        void openDatabase(DatabaseAddress address, MainWindow current, Runnable opened, Consumer<Exception> failed);

        /** Shows the console again in the newly chosen language. */
        void languageChanged(MainWindow current);
    }

    static final String MAIN_SPLIT = "main";
    private static final String DETAIL_SPLIT = "detail";

    private final Workbench workbench;
    private final Messages messages;
    private final ConsolePreferences preferences;
    private final Host host;
    private final JFrame frame;
    private final ConsoleSelection selection = new ConsoleSelection();
    private final ConsoleMenus menus;
    private final StatusBar statusBar;
    private final SwingTaskExecutor tasks;
    private final ErrorTexts errors;
    private final CustomerListPanel customers;
    private final CustomerPanel customerPanel;
    private final JSplitPane mainSplit;
    /** Goes into the frame when the window is revealed: a start window stays on screen, whole, until then. */
    private final JPanel content = new JPanel(new BorderLayout());
    private final ConsoleHooks hooks = new ConsoleHooks();
    private final ChangeWatcher changes;
    /** What had the focus in the list when it was already on screen: moving the list into this window takes it away. */
    private final Optional<Component> focusedInList;
    private long requestedCustomer;
    private boolean detailSplitRestored;

    public MainWindow(Workbench workbench, Messages messages, ConsolePreferences preferences, Host host,
                      SwingTaskExecutor tasks, List<ConsoleExtension> extensions) {
        this(workbench, messages, preferences, host, tasks, extensions, new CustomerListPanel(messages), new JFrame());
    }

    /**
     * Fills {@code frame} with {@code customers}: the frame may already be on screen and the list may already show
     * the customers (the {@link StartWindow}'s, see {@link #showListed}); they then stay where they are.
     */
    MainWindow(Workbench workbench, Messages messages, ConsolePreferences preferences, Host host,
               SwingTaskExecutor tasks, List<ConsoleExtension> extensions, CustomerListPanel customers, JFrame frame) {
        // Swing's own texts (file choosers, OK/Cancel of messages) speak the console's language, not the
        // operating system's; like the look and feel this is JVM-wide, and a language switch sets it again.
        javax.swing.JComponent.setDefaultLocale(messages.locale());
        this.frame = frame;
        this.workbench = workbench;
        this.messages = messages;
        this.preferences = preferences;
        this.host = host;
        this.menus = new ConsoleMenus(messages);
        this.statusBar = new StatusBar(messages);
        this.tasks = tasks;
        this.errors = new ErrorTexts(messages);
        tasks.addWatcher(statusBar);
        this.customers = customers;
        this.focusedInList = Optional.ofNullable(frame.getFocusOwner())
                .filter(owner -> SwingUtilities.isDescendingFrom(owner, customers.component()));
        this.customerPanel = new CustomerPanel(messages, workbench.clock(), selection);

        frame.setName("mainWindow");
        frame.setTitle(messages.get("app.title") + " — " + workbench.database().shortName());
        frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                rememberWindow();
            }

            @Override
            public void windowClosed(WindowEvent e) {
                changes.stop();
                tasks.removeWatcher(statusBar);
            }
        });

        changes = new ChangeWatcher(frame, tasks, () -> workbench.history().newestId(), hooks::changedElsewhere,
                e -> statusBar.setMessage(messages.format("status.watchFailed", errors.describe(e))));
        hooks.onChangedElsewhere(this::reload);
        hooks.offerDatabaseSwitcher((address, opened, failed) -> host.openDatabase(address, this, opened, failed));
        addOwnActions();
        ConsoleContext context = new ConsoleContext(frame, messages, menus, selection, tasks, this::reload, this::openCustomer,
                new SwingUnlockHandler(messages::locale, tasks), hooks,
                customerPanel::addTab);
        extensions.forEach(extension -> extension.install(context));
        addClosingActions();
        bindRows();
        selection.addListener(menus::updateEnabled);
        customers.onSelection(summary -> summary.ifPresentOrElse(c -> open(c.id()), this::showNoSelection));
        customers.onFilter(this::showCount);

        mainSplit = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, customers.component(), customerPanel.component());
        mainSplit.setName("mainSplit");
        mainSplit.setBorder(null);
        content.add(menus.toolbar(), BorderLayout.NORTH);
        content.add(mainSplit, BorderLayout.CENTER);
        content.add(statusBar.component(), BorderLayout.SOUTH);
        frame.setFocusTraversalPolicy(new FocusOrder(List.of(customers.searchField(), customers.list(),
                customerPanel.domainTable(), customerPanel.mailboxTable())));
        if (!frame.isShowing()) {
            placeWindow(frame, preferences);
            frame.setIconImages(AppIcon.images());
        }
        menus.updateEnabled();
    }

    JFrame frame() {
        return frame;
    }

    public Workbench workbench() {
        return workbench;
    }

    /** Shows the window and loads the customers in the background, reopening the last one. */
    public void show() {
        reveal();
        Optional<Long> last = preferences.lastCustomer();
        loadCustomers(() -> last);
    }

    /**
     * As {@link #show()}, with the customer list the start-up read already shown (by {@link CustomerListPanel#showIndex},
     * the last customer chosen): whatever the technician chose or searched in it meanwhile stays. A names-only index
     * (the start's quick one) is completed in the background right away; until then the search says it is still
     * loading when it finds nothing.
     */
    void showListed(CustomerIndex loaded) {
        reveal();
        showCount();
        openSelectedLater();
        if (!loaded.isComplete()) {
            BackgroundTask.of(monitor -> workbench.directory().completeIndex(loaded))
                    .onSuccess(complete -> {
                        // A reload meanwhile (after a save) brought a complete index of its own.
                        if (customers.index() == loaded) {
                            customers.setIndex(complete, customers.selected().map(CustomerSummary::id));
                            showCount();
                        }
                    })
                    .onFailure(e -> statusBar.setMessage(messages.format("status.loadFailed", errors.describe(e))))
                    .executeWith(tasks);
        }
    }

    private void reveal() {
        frame.setJMenuBar(menus.menuBar());
        frame.setContentPane(content);
        frame.revalidate();
        frame.setVisible(true);
        if (preferences.maximized()) {
            frame.setExtendedState(Frame.MAXIMIZED_BOTH);
        }
        restoreSplits();
        focusedInList.ifPresent(Component::requestFocusInWindow);
        changes.start();
    }

    /** Remembers the layout and closes the window. */
    public void close() {
        rememberWindow();
        frame.dispose();
    }

    private void addOwnActions() {
        ConsoleAction open = new ConsoleAction("openDatabase", messages.get("action.openDatabase"), "ctrl O", this::chooseDatabase);
        menus.add(MenuId.FILE, open);

        ConsoleAction find = new ConsoleAction("find", messages.get("action.find"), "ctrl F", customers::focusSearch);
        ConsoleAction reload = new ConsoleAction("reload", messages.get("action.reload"), "F5", this::reload);
        menus.add(MenuId.EDIT, find);
        menus.add(MenuId.EDIT, reload);

        JMenu themes = menus.addSubmenu(MenuId.VIEW, Widgets.menu("menuTheme", messages.get("menu.view.theme")));
        ButtonGroup themeGroup = new ButtonGroup();
        for (Theme theme : Theme.values()) {
            ConsoleAction choose = new ConsoleAction("theme" + theme.name(), messages.get("theme." + theme.name()), null,
                    () -> chooseTheme(theme));
            JRadioButtonMenuItem item = new JRadioButtonMenuItem(choose);
            item.setName("menuTheme" + theme.name());
            item.setSelected(preferences.theme() == theme);
            themeGroup.add(item);
            themes.add(item);
        }
        JMenu languages = menus.addSubmenu(MenuId.VIEW, Widgets.menu("menuLanguage", messages.get("menu.view.language")));
        ButtonGroup languageGroup = new ButtonGroup();
        for (UiLanguage language : UiLanguage.values()) {
            ConsoleAction choose = new ConsoleAction("language" + language.name(), messages.get("language.ui." + language.name()),
                    null, () -> chooseLanguage(language));
            JRadioButtonMenuItem item = new JRadioButtonMenuItem(choose);
            item.setName("menuLanguage" + language.name());
            item.setSelected(preferences.language() == language);
            languageGroup.add(item);
            languages.add(item);
        }
    }

    /** Quit and About close their menus, after whatever the extensions added. */
    private void addClosingActions() {
        menus.addSeparator(MenuId.FILE);
        menus.add(MenuId.FILE, new ConsoleAction("quit", messages.get("action.quit"), "ctrl Q", this::close));
        menus.add(MenuId.HELP, new ConsoleAction("keyboard", messages.get("action.keyboard"), null, () ->
                new KeyboardHelp(messages).show(frame)));
        menus.add(MenuId.HELP, new ConsoleAction("about", messages.get("action.about"), null, () ->
                JOptionPane.showMessageDialog(frame, messages.format("about.text", Version.current(), workbench.database().location()),
                        messages.get("action.about.title"), JOptionPane.INFORMATION_MESSAGE)));
    }

    private void bindRows() {
        customers.bind(rowAction(Target.CUSTOMER, true), rowAction(Target.CUSTOMER, false), menus.popup(Target.CUSTOMER));
        customerPanel.bindDomainRows(rowAction(Target.DOMAIN, true), rowAction(Target.DOMAIN, false), menus.popup(Target.DOMAIN));
        customerPanel.bindMailboxRows(rowAction(Target.MAILBOX, true), rowAction(Target.MAILBOX, false), menus.popup(Target.MAILBOX));
        menus.addAction(Target.DOMAIN).ifPresent(a -> customerPanel.addSectionButton(true, "addDomain", a));
        menus.addAction(Target.MAILBOX).ifPresent(a -> customerPanel.addSectionButton(false, "addMailbox", a));
    }

    /** Forwards Enter/Delete on a row to whichever action a feature registered for it. */
    private Action rowAction(Target target, boolean open) {
        return new AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent e) {
                (open ? menus.openAction(target) : menus.deleteAction(target)).ifPresent(a -> a.actionPerformed(e));
            }
        };
    }

    /** Reloads the list and the open customer, e.g. after a save. */
    private void reload() {
        // The selection when the list arrives, not when it was asked for: a reload another technician's change
        // started may end after the technician's own save opened the customer it made (which it must not undo).
        loadCustomers(() -> customers.selected().map(CustomerSummary::id));
    }

    private void openCustomer(long customerId) {
        loadCustomers(() -> Optional.of(customerId));
    }

    private void loadCustomers(Supplier<Optional<Long>> select) {
        statusBar.setMessage(messages.get("status.loading"));
        BackgroundTask.of(monitor -> {
                    // Read first: a change made while the index loads is then seen as new by the watcher.
                    long newest = workbench.history().newestId();
                    return new Loaded(newest, workbench.directory().loadIndex(messages.locale()));
                })
                .shownAs(messages.get("status.loading"))
                .onSuccess(loaded -> {
                    changes.loadedAt(loaded.newestChange());
                    showIndex(loaded.index(), select.get());
                })
                .onFailure(e -> statusBar.setMessage(messages.format("status.loadFailed", errors.describe(e))))
                .executeWith(tasks);
    }

    private void showIndex(CustomerIndex index, Optional<Long> select) {
        customers.showIndex(index, select);
        showCount();
        openSelectedLater();
    }

    private void openSelectedLater() {
        // After the list has been painted (its repaint is queued already): the customer's details, and
        // with the first of them jOOQ's set-up, must not hold up the list the technician is waiting for.
        SwingUtilities.invokeLater(() -> customers.selected().ifPresentOrElse(c -> open(c.id()), this::showNoSelection));
    }

    /** "8 customers", or while a search filters them "1 of 8 customers". */
    private void showCount() {
        int total = customers.index().size();
        int shown = customers.shownCount();
        statusBar.setMessage(shown == total ? messages.format("status.customers", total)
                : messages.format("status.customers.filtered", shown, total));
    }

    private void open(long customerId) {
        requestedCustomer = customerId;
        preferences.setLastCustomer(customerId);
        BackgroundTask.of(monitor -> workbench.directory().open(customerId))
                .shownAs(messages.get("status.opening"))
                .onSuccess(file -> {
                    if (requestedCustomer == customerId) {
                        file.ifPresentOrElse(this::showCustomer, this::reload);
                    }
                })
                .onFailure(e -> statusBar.setMessage(errors.describe(e)))
                .executeWith(tasks);
    }

    private void showCustomer(CustomerFile file) {
        customerPanel.show(file);
        if (!detailSplitRestored) {
            // Only a split pane on screen keeps its divider where it is put.
            detailSplitRestored = true;
            int detail = preferences.splitPosition(DETAIL_SPLIT);
            // By default the domains get room for about four rows: most customers have one or two.
            // Later, once the split has its size: before that, its first layout resets the divider.
            SwingUtilities.invokeLater(() -> customerPanel.split().setDividerLocation(detail > 0 ? detail : 170));
        }
        frame.setTitle(messages.get("app.title") + " — " + file.customer().name());
    }

    private void showNoSelection() {
        requestedCustomer = 0;
        selection.setCustomer(Optional.empty());
        customerPanel.showHint(messages.get(customers.index().size() == 0 ? "customers.empty" : "customers.choose"));
        frame.setTitle(messages.get("app.title") + " — " + workbench.database().shortName());
    }

    private void chooseTheme(Theme theme) {
        preferences.setTheme(theme);
        theme.apply();
    }

    private void chooseLanguage(UiLanguage language) {
        if (language != preferences.language()) {
            preferences.setLanguage(language);
            host.languageChanged(this);
        }
    }

    private void chooseDatabase() {
        JFileChooser chooser = new JFileChooser(workbench.database().file().map(file -> file.getParent().toFile()).orElse(null));
        chooser.setName("databaseChooser");
        chooser.setDialogTitle(messages.get("action.openDatabase.title"));
        chooser.setFileFilter(new FileNameExtensionFilter(messages.get("action.openDatabase.filter"), "db", "sqlite"));
        if (chooser.showOpenDialog(frame) == JFileChooser.APPROVE_OPTION) {
            host.openDatabase(new DatabaseAddress.SqliteFile(chooser.getSelectedFile().toPath()), this, () -> { },
                    e -> JOptionPane.showMessageDialog(null, errors.describe(e), messages.get("app.title"), JOptionPane.ERROR_MESSAGE));
        }
    }

    /** Puts {@code frame} where it was last time, or centres it at a default size. */
    static void placeWindow(JFrame frame, ConsolePreferences preferences) {
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        Optional<Rectangle> saved = preferences.windowBounds().filter(b -> screen.intersects(b) && b.width > 400 && b.height > 300);
        if (saved.isPresent()) {
            frame.setBounds(saved.get());
        } else {
            frame.setSize(Math.min(1280, screen.width), Math.min(800, screen.height));
            frame.setLocationRelativeTo(null);
        }
    }

    private void restoreSplits() {
        int main = preferences.splitPosition(MAIN_SPLIT);
        mainSplit.setDividerLocation(main > 0 ? main : 260);
    }

    private void rememberWindow() {
        boolean maximized = (frame.getExtendedState() & Frame.MAXIMIZED_BOTH) == Frame.MAXIMIZED_BOTH;
        preferences.setMaximized(maximized);
        if (!maximized) {
            preferences.setWindowBounds(frame.getBounds());
        }
        preferences.setSplitPosition(MAIN_SPLIT, mainSplit.getDividerLocation());
        if (detailSplitRestored) {
            preferences.setSplitPosition(DETAIL_SPLIT, customerPanel.split().getDividerLocation());
        }
    }

    /** The customer list and the history's newest id when it was read. */
    private record Loaded(long newestChange, CustomerIndex index) {
    }
}
