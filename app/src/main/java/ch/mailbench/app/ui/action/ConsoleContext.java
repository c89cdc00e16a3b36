package ch.mailbench.app.ui.action;

import ch.mailbench.app.ui.Messages;
import ch.mailbench.app.ui.task.TaskExecutor;
import ch.mailbench.core.vault.UnlockHandler;

import javax.swing.JFrame;
import java.util.function.LongConsumer;

/**
 * What a {@link ConsoleExtension} gets from the main window.
 *
 * @param tasks        runs the extension's database and network work off the EDT; the only way to do so
 * @param reload       reloads the customer list and the open customer after the extension changed data
 * @param openCustomer reloads the list, then selects and opens the customer with this id
 * @param unlock       asks the technician for the master password when background work needs a stored password
 * @param hooks        what one feature offers the others ("Find settings…" for the server dialogs)
 */
public record ConsoleContext(JFrame frame, Messages messages, ConsoleMenus menus, ConsoleSelection selection,
                             TaskExecutor tasks, Runnable reload, LongConsumer openCustomer,
                             UnlockHandler unlock, ConsoleHooks hooks) {
}
