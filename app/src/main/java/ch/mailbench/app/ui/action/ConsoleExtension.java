package ch.mailbench.app.ui.action;

/**
 * A feature that plugs into the main window: it adds its actions to the menus, toolbar and
 * pop-ups of {@link ConsoleContext#menus()}, acting on {@link ConsoleContext#selection()}, and
 * runs its work through {@link ConsoleContext#tasks()}. Installed once, on the EDT, after the
 * window's own entries.
 */
public interface ConsoleExtension {

    void install(ConsoleContext context);
}
