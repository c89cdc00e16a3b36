package ch.mailbench.app.testing;

import ch.mailbench.app.ui.Theme;
import com.formdev.flatlaf.FlatLightLaf;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.core.Robot;
import org.assertj.swing.image.ScreenshotTaker;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.finder.JFileChooserFinder;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.fixture.AbstractComponentFixture;
import org.assertj.swing.fixture.AbstractContainerFixture;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JCheckBoxFixture;
import org.assertj.swing.fixture.JComboBoxFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.assertj.swing.fixture.JTextComponentFixture;
import org.assertj.swing.exception.WaitTimedOutError;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import javax.swing.AbstractButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenuItem;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import javax.swing.text.JTextComponent;
import java.awt.Component;
import java.awt.Window;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import static org.assertj.swing.timing.Pause.pause;

/**
 * The base of every GUI test. Each test gets a robot that sees only the windows opened after it
 * started, finds no window of an earlier test (they are all disposed before and after each test:
 * a leftover window on Xvfb keeps the keyboard focus, as there is no window manager to move it),
 * waits on conditions checked on the event thread — never on time — and gives focus explicitly.
 *
 * <p>Buttons, check boxes, combo boxes, table rows, file choosers and option panes are used
 * through {@link #press}, {@link #tick}, {@link #choose}, {@link #select}, {@link #saveAs} and
 * {@link #message}, not with robot clicks: on a loaded machine a mouse press right after a modal
 * dialog, popup or chooser opened or closed was lost now and then (a different test each run,
 * each passing alone). The robot's click moves the X pointer and presses there, on Xvfb without a
 * window manager; why a press got lost is not pinned down (a click the moment a modal dialog
 * shows, 40 times under a CPU hog, lost none), so the tests do not depend on the pointer at all.
 * Keys are still typed by the robot, into a field that the test first made the focus owner
 * ({@link #type}, {@link #focus}).
 */
public abstract class GuiTest {

    /**
     * Only the bound after which a condition counts as never met; a passing test never waits this
     * long. Generous because the tests run on loaded two-core machines.
     */
    public static final Timeout PATIENCE = Timeout.timeout(60_000);

    protected Robot robot;
    private final List<Runnable> afterScreenCleared = new ArrayList<>();

    @BeforeAll
    static void failOnEdtViolations() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    final void freshScreen() {
        disposeAllWindows();
        lightLook();
        // A console sets Swing's language JVM-wide (its file choosers, OK/Cancel); each test starts in the JVM's.
        javax.swing.JComponent.setDefaultLocale(java.util.Locale.getDefault());
        robot = BasicRobot.robotWithNewAwtHierarchy();
    }

    /**
     * The look and feel is global to the JVM: without this a test would run in whatever the test
     * before it left (Swing's default before the first console, dark after a theme switch), and
     * sizes and colours would depend on the order the test classes run in, which differs between
     * checkouts.
     */
    private static void lightLook() {
        GuiActionRunner.execute(() -> {
            if (UIManager.getLookAndFeel() == null || UIManager.getLookAndFeel().getClass() != FlatLightLaf.class) {
                Theme.LIGHT.apply();
            }
        });
    }

    /**
     * {@code step} runs once the test's windows are gone, before JUnit removes the test's folders
     * (e.g. waiting until the console's last background work has ended: a load still running would
     * create the database file again while the folder is being deleted).
     */
    public final void whenScreenCleared(Runnable step) {
        afterScreenCleared.add(step);
    }

    @AfterEach
    final void clearScreen() {
        robot.cleanUp();
        disposeAllWindows();
        afterScreenCleared.forEach(Runnable::run);
    }

    private static void disposeAllWindows() {
        GuiActionRunner.execute(() -> {
            for (Window window : Window.getWindows()) {
                window.dispose();
            }
        });
    }

    /** Waits until {@code condition}, evaluated on the event thread, holds. */
    public static void waitUntil(String description, BooleanSupplier condition) {
        waitUntil(description, condition, () -> "");
    }

    /**
     * Retries {@code assertion} (fixture checks, not on the event thread) until it passes. What a
     * click or a key changes shows a moment later on a loaded machine: the robot's idle wait gives
     * up on a slow X server, so a check right after an interaction is a race.
     */
    public static void eventually(Runnable assertion) {
        AtomicReference<AssertionError> last = new AtomicReference<>();
        try {
            pause(new Condition("the check passes") {
                @Override
                public boolean test() {
                    try {
                        assertion.run();
                        return true;
                    } catch (AssertionError e) {
                        last.set(e);
                        return false;
                    }
                }
            }, PATIENCE);
        } catch (WaitTimedOutError e) {
            AssertionError failure = last.get() == null ? new AssertionError(e.getMessage(), e) : last.get();
            throw new AssertionError(failure.getMessage() + ScreenState.describe(), failure);
        }
    }

    /** Waits until the label {@code name} in {@code container} (shown or not yet) says {@code text}. */
    public void waitForText(AbstractContainerFixture<?, ?, ?> container, String name, String text) {
        waitUntil(name + " says " + text, () -> text.equals(textOf(container, name)), () -> " (it says " + textOf(container, name) + ")");
    }

    /** Waits until {@code condition} holds; {@code state} tells a failure what was seen instead. */
    private static void waitUntil(String description, BooleanSupplier condition, java.util.function.Supplier<String> state) {
        try {
            pause(new Condition(description) {
                @Override
                public boolean test() {
                    return GuiActionRunner.execute(condition::getAsBoolean);
                }

                @Override
                protected String descriptionAddendum() {
                    return state.get();
                }
            }, PATIENCE);
        } catch (WaitTimedOutError e) {
            throw new AssertionError(e.getMessage() + ScreenState.describe(), e);
        }
    }

    /**
     * Presses {@code button} as its mnemonic or the space bar would, once it is enabled and shows in
     * the focused window (a menu item needs no open menu), without the mouse (see the class comment).
     * The press is queued, so that a modal dialog it opens does not block the test; the method
     * returns once the event queue has handled it, or once that dialog is modal on screen.
     */
    public void press(AbstractComponentFixture<?, ? extends AbstractButton, ?> button) {
        AbstractButton target = button.target();
        boolean menuItem = target instanceof JMenuItem;
        waitUntil(describe(target) + " can be pressed", () -> target.isEnabled() && (menuItem || target.isShowing()));
        if (!menuItem) {
            giveFocusToWindowOf(target);
        }
        SwingUtilities.invokeLater(target::doClick);
        robot.waitForIdle();
    }

    /** Ticks or clears {@code box} through {@link #press}, if it is not that way already. */
    public void tick(JCheckBoxFixture box, boolean selected) {
        if (onEdt(box.target()::isSelected) != selected) {
            press(box);
        }
    }

    /**
     * Selects the entry of {@code combo} that shows {@code text}, as picking it from the open list
     * would, without the mouse (the list is a popup: the same lost presses as a new dialog).
     */
    public void choose(JComboBoxFixture combo, String text) {
        JComboBox<?> target = combo.target();
        waitUntil(describe(target) + " can be used", () -> target.isShowing() && target.isEnabled());
        int index = Arrays.asList(combo.contents()).indexOf(text);
        if (index < 0) {
            throw new AssertionError(describe(target) + " has no entry " + text + " (it has " + Arrays.toString(combo.contents()) + ")");
        }
        GuiActionRunner.execute(() -> target.setSelectedIndex(index));
    }

    /** Selects exactly the view rows {@code rows} of {@code table}, as ctrl-clicks on them would, without the mouse. */
    public void select(JTableFixture table, int... rows) {
        JTable target = table.target();
        waitUntil(describe(target) + " shows the rows", () -> target.isShowing()
                && Arrays.stream(rows).allMatch(row -> row >= 0 && row < target.getRowCount()));
        GuiActionRunner.execute(() -> {
            target.clearSelection();
            for (int row : rows) {
                target.addRowSelectionInterval(row, row);
            }
        });
    }

    /**
     * Types {@code text} with the keyboard into {@code field}, once its window has the focus and the
     * field is the focus owner: a key typed before lands in whatever had the focus.
     */
    public JTextComponentFixture type(JTextComponentFixture field, String text) {
        focus(field);
        robot.enterText(text);
        return field;
    }

    /** Makes {@code field} the focus owner of the focused window and returns it, for keys the test presses into it. */
    public JTextComponentFixture focus(JTextComponentFixture field) {
        JTextComponent target = field.target();
        giveFocusToWindowOf(target);
        // Asked again while it has not arrived, like the window's focus.
        waitUntil(describe(target) + " has the keyboard focus", () -> {
            if (target.isFocusOwner()) {
                return true;
            }
            target.requestFocusInWindow();
            return false;
        });
        return field;
    }

    /** Puts {@code text} into {@code field} (replacing what it holds) where the test is not about typing. */
    public static void fill(JTextComponentFixture field, String text) {
        JTextComponent target = field.target();
        GuiActionRunner.execute(() -> target.setText(text));
    }

    /**
     * Answers the file chooser called {@code name} with {@code file}, once it shows: the chooser is
     * modal, so the press that opened it came through {@link #press}.
     */
    public void saveAs(String name, Path file) {
        JFileChooser chooser = JFileChooserFinder.findFileChooser(name).withTimeout(PATIENCE.duration()).using(robot).target();
        giveFocusToWindowOf(chooser);
        GuiActionRunner.execute(() -> {
            chooser.setCurrentDirectory(file.getParent().toFile());
            chooser.setSelectedFile(file.toFile());
        });
        SwingUtilities.invokeLater(chooser::approveSelection);
        robot.waitForIdle();
    }

    /** The message (option pane) on screen once it shows and has the focus. */
    public JOptionPaneFixture message() {
        JOptionPaneFixture message = JOptionPaneFinder.findOptionPane().withTimeout(PATIENCE.duration()).using(robot);
        giveFocusToWindowOf(message.target());
        return message;
    }

    /** Closes {@code message} with its OK button and waits until it is gone, so that a later lookup finds the next one. */
    public void acknowledge(JOptionPaneFixture message) {
        press(message.okButton());
        waitUntil("the message is closed", () -> !message.target().isShowing());
    }

    /** The text of the label {@code name} in {@code container}, read on the event thread. */
    public String textOf(AbstractContainerFixture<?, ?, ?> container, String name) {
        return onEdt(() -> robot.finder().findByName(container.target(), name, JLabel.class, false).getText());
    }

    /**
     * With -Dmailbench.screenshots=DIR, saves the screen as DIR/{@code name}.png to look at (never
     * compared); without, does nothing.
     */
    public void screenshot(String name) {
        String folder = System.getProperty("mailbench.screenshots");
        if (folder == null) {
            return;
        }
        robot.waitForIdle();
        try {
            Files.createDirectories(Path.of(folder));
            Path file = Path.of(folder, name + ".png");
            Files.deleteIfExists(file);
            new ScreenshotTaker().saveDesktopAsPng(file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Evaluates {@code query} on the event thread, where Swing components may be read. */
    public static <T> T onEdt(Callable<T> query) {
        return GuiActionRunner.execute(query);
    }

    /** Shows {@code frame} (made on the event thread) and returns its fixture once it has the focus. */
    public FrameFixture show(Callable<JFrame> frame) {
        JFrame shown = GuiActionRunner.execute(() -> {
            JFrame made = frame.call();
            made.setVisible(true);
            return made;
        });
        FrameFixture fixture = new FrameFixture(robot, shown);
        giveFocus(shown);
        return fixture;
    }

    /** An empty main window called "owner", {@code width} × {@code height}, shown and focused: the owner of the dialogs under test. */
    public FrameFixture showOwner(int width, int height) {
        return show(() -> {
            JFrame frame = new JFrame("Mailbench");
            frame.setName("owner");
            frame.setSize(width, height);
            return frame;
        });
    }

    /** The frame {@code frame} (shown elsewhere) once it is showing and has the focus. */
    public FrameFixture frame(JFrame frame) {
        waitUntil("the window is shown", frame::isShowing);
        giveFocus(frame);
        return new FrameFixture(robot, frame);
    }

    /** The dialog called {@code name} once it is showing, has the keyboard focus and a component in it holds that focus. */
    public DialogFixture dialog(String name) {
        return dialog(name, dialog -> true);
    }

    /** The dialog called {@code name} once it is showing, matches {@code when}, and has the keyboard focus. */
    public DialogFixture dialog(String name, java.util.function.Predicate<JDialog> when) {
        DialogFixture dialog = WindowFinder.findDialog(new GenericTypeMatcher<JDialog>(JDialog.class) {
            @Override
            protected boolean isMatching(JDialog candidate) {
                return name.equals(candidate.getName()) && candidate.isShowing() && when.test(candidate);
            }
        }).withTimeout(PATIENCE.duration()).using(robot);
        giveFocus(dialog.target());
        // Keys typed before a component of the dialog holds the focus would go nowhere.
        waitUntil(name + " has a focus owner", () -> dialog.target().getFocusOwner() != null);
        return dialog;
    }

    /**
     * Makes {@code window} the focused window and waits for it. Xvfb has no window manager to hand
     * the focus to a new window or back to the owner of a closed dialog.
     */
    public void giveFocus(Window window) {
        Objects.requireNonNull(window);
        robot.waitForIdle();
        // Asked again while it has not arrived: a request made before the X server mapped the window is dropped.
        waitUntil(describe(window) + " has the focus", () -> {
            if (window.isFocused()) {
                return true;
            }
            window.toFront();
            window.requestFocus();
            return false;
        });
        robot.waitForIdle();
    }

    /** Makes the window that holds {@code component} the focused window. */
    public void giveFocusToWindowOf(Component component) {
        giveFocus(onEdt(() -> javax.swing.SwingUtilities.getWindowAncestor(component)));
    }

    private static String describe(Component component) {
        String name = onEdt(component::getName);
        return name == null ? component.getClass().getSimpleName() : name;
    }
}
