package ch.mailbench.app.ui.action;

import ch.mailbench.core.model.Customer;

import java.awt.Window;
import java.util.List;

/**
 * "Print sheets…" for views that list mailboxes across customers: the sheet feature offers it
 * through {@link ConsoleHooks}, the migration overview uses it without knowing that feature.
 */
@FunctionalInterface
public interface SheetPrinter {

    /** Opens the print preview of each customer's pack over {@code owner}, one window per customer. EDT only. */
    void previewPacks(Window owner, List<Customer> customers);
}
