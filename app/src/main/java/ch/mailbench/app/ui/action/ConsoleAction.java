package ch.mailbench.app.ui.action;

import ch.mailbench.app.ui.Mnemonic;

import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.KeyStroke;
import java.awt.event.ActionEvent;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A command of the console shown in a menu, on the toolbar or on a key: its text (with "&amp;"
 * mnemonic) from the bundle, an optional accelerator, what it does, and when it is enabled
 * (re-checked by {@link ConsoleMenus#updateEnabled()} whenever the selection changes).
 */
public final class ConsoleAction extends AbstractAction {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final transient Runnable command;
    private final transient BooleanSupplier enabled;

    /**
     * @param id          stable name of the menu item and button, e.g. "newCustomer"
     * @param text        the user-visible text, "&amp;" marking the mnemonic
     * @param accelerator e.g. "ctrl N"; null for none
     */
    public ConsoleAction(String id, String text, String accelerator, Runnable command, BooleanSupplier enabled) {
        this.id = id;
        this.command = command;
        this.enabled = enabled;
        Mnemonic mnemonic = Mnemonic.of(text);
        putValue(Action.NAME, mnemonic.text());
        if (mnemonic.index() >= 0) {
            putValue(Action.MNEMONIC_KEY, mnemonic.key());
            putValue(Action.DISPLAYED_MNEMONIC_INDEX_KEY, mnemonic.index());
        }
        if (accelerator != null) {
            putValue(Action.ACCELERATOR_KEY, KeyStroke.getKeyStroke(accelerator));
        }
        putValue(Action.ACTION_COMMAND_KEY, id);
        updateEnabled();
    }

    public ConsoleAction(String id, String text, String accelerator, Runnable command) {
        this(id, text, accelerator, command, () -> true);
    }

    /**
     * A command on what {@code selected} yields (the selected mailbox, domain, customer): it runs
     * {@code command} on it and is enabled while there is one.
     */
    public static <T> ConsoleAction onSelected(String id, String text, String accelerator, Supplier<Optional<T>> selected,
            Consumer<T> command) {
        return new ConsoleAction(id, text, accelerator, () -> selected.get().ifPresent(command), () -> selected.get().isPresent());
    }

    public String id() {
        return id;
    }

    /** A 16-pixel icon for the toolbar (and the menu), in the theme's colours. */
    public ConsoleAction withIcon(ActionIcon.Shape shape) {
        putValue(Action.SMALL_ICON, new ActionIcon(shape));
        return this;
    }

    public ConsoleAction withTooltip(String tooltip) {
        putValue(Action.SHORT_DESCRIPTION, tooltip);
        return this;
    }

    public void updateEnabled() {
        setEnabled(enabled.getAsBoolean());
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        if (enabled.getAsBoolean()) {
            command.run();
        }
    }
}
