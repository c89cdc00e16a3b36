package ch.mailbench.app.ui.action;

import ch.mailbench.app.ui.Messages;
import ch.mailbench.app.ui.Widgets;

import javax.swing.JButton;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;
import javax.swing.JToolBar;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The menu bar, the toolbar and the row pop-ups, filled with {@link ConsoleAction}s. Features
 * add their own entries here (see {@link ConsoleExtension}); nothing is a placeholder.
 */
public final class ConsoleMenus {

    /** Which table's pop-up menu an action belongs to. */
    public enum Target { CUSTOMER, DOMAIN, MAILBOX }

    private final JMenuBar bar = new JMenuBar();
    private final Map<MenuId, JMenu> menus = new EnumMap<>(MenuId.class);
    private final JToolBar toolbar = new JToolBar();
    private final Map<Target, JPopupMenu> popups = new EnumMap<>(Target.class);
    private final List<ConsoleAction> actions = new ArrayList<>();
    private final Map<Target, ConsoleAction> openActions = new EnumMap<>(Target.class);
    private final Map<Target, ConsoleAction> deleteActions = new EnumMap<>(Target.class);
    private final Map<Target, ConsoleAction> addActions = new EnumMap<>(Target.class);

    public ConsoleMenus(Messages messages) {
        for (MenuId id : MenuId.values()) {
            JMenu menu = Widgets.menu("menu" + capitalized(id.name()), messages.get(id.messageKey()));
            menu.setVisible(false);
            menus.put(id, menu);
            bar.add(menu);
        }
        for (Target target : Target.values()) {
            JPopupMenu popup = new JPopupMenu();
            popup.setName(target.name().toLowerCase(java.util.Locale.ROOT) + "Popup");
            popups.put(target, popup);
        }
        toolbar.setName("toolbar");
        toolbar.setFloatable(false);
    }

    /** Adds {@code action} at the end of {@code menu}; the item is named "menu" + the action's id. */
    public JMenuItem add(MenuId menu, ConsoleAction action) {
        JMenuItem item = new JMenuItem(action);
        return add(menu, item, action);
    }

    /** Adds a ready-made item (e.g. a radio button) bound to {@code action}. */
    public JMenuItem add(MenuId menu, JMenuItem item, ConsoleAction action) {
        item.setName("menu" + capitalized(action.id()));
        menus.get(menu).add(item);
        menus.get(menu).setVisible(true);
        register(action);
        return item;
    }

    /** Adds a submenu to {@code menu}. */
    public JMenu addSubmenu(MenuId menu, JMenu submenu) {
        menus.get(menu).add(submenu);
        menus.get(menu).setVisible(true);
        return submenu;
    }

    /** Starts a new group in {@code menu}; does nothing while the menu is empty. */
    public void addSeparator(MenuId menu) {
        if (menus.get(menu).getMenuComponentCount() > 0) {
            menus.get(menu).addSeparator();
        }
    }

    public JButton addToToolbar(ConsoleAction action) {
        JButton button = toolbar.add(action);
        button.setName("tool" + capitalized(action.id()));
        button.setHideActionText(false);
        button.setHorizontalTextPosition(javax.swing.SwingConstants.TRAILING);
        button.setVerticalTextPosition(javax.swing.SwingConstants.CENTER);
        button.setFocusable(false);
        register(action);
        return button;
    }

    public void addToolbarSeparator() {
        toolbar.addSeparator();
    }

    /** Adds {@code action} to the right-click menu of the customer list or a table. */
    public void addToPopup(Target target, ConsoleAction action) {
        JMenuItem item = popups.get(target).add(action);
        item.setName("popup" + capitalized(action.id()));
        register(action);
    }

    public JPopupMenu popup(Target target) {
        return popups.get(target);
    }

    /** What Enter / double-click and the Delete key do on a row of {@code target}. */
    public void setRowActions(Target target, ConsoleAction open, ConsoleAction delete) {
        openActions.put(target, open);
        deleteActions.put(target, delete);
        register(open);
        register(delete);
    }

    /** The action behind the "add" button of a section (domains, mailboxes). */
    public void setAddAction(Target target, ConsoleAction add) {
        addActions.put(target, add);
        register(add);
    }

    public Optional<ConsoleAction> openAction(Target target) {
        return Optional.ofNullable(openActions.get(target));
    }

    public Optional<ConsoleAction> deleteAction(Target target) {
        return Optional.ofNullable(deleteActions.get(target));
    }

    public Optional<ConsoleAction> addAction(Target target) {
        return Optional.ofNullable(addActions.get(target));
    }

    public JMenuBar menuBar() {
        return bar;
    }

    public JToolBar toolbar() {
        return toolbar;
    }

    /** Re-checks every action's enabled state, e.g. after the selection changed. EDT only. */
    public void updateEnabled() {
        actions.forEach(ConsoleAction::updateEnabled);
    }

    private void register(ConsoleAction action) {
        if (!actions.contains(action)) {
            actions.add(action);
        }
    }

    private static String capitalized(String id) {
        String lower = id.equals(id.toUpperCase(java.util.Locale.ROOT)) ? id.toLowerCase(java.util.Locale.ROOT) : id;
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
