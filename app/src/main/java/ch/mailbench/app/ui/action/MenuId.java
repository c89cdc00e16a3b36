package ch.mailbench.app.ui.action;

/**
 * The menus of the main window, in menu-bar order. A menu without entries is not shown, so a
 * feature that adds the first entry to TOOLS makes that menu appear.
 */
public enum MenuId {
    FILE("menu.file"), EDIT("menu.edit"), VIEW("menu.view"), MAILBOX("menu.mailbox"), TOOLS("menu.tools"), HELP("menu.help");

    private final String messageKey;

    MenuId(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
