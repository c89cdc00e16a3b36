package ch.mailbench.app.testing;

import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.AbstractContainerFixture;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.exception.WaitTimedOutError;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JLabel;
import java.awt.Component;
import java.awt.Window;
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
 */
public abstract class GuiTest {

    /**
     * Only the bound after which a condition counts as never met; a passing test never waits this
     * long. Generous because the tests run on loaded two-core machines.
     */
    public static final Timeout PATIENCE = Timeout.timeout(60_000);

    protected Robot robot;

    @BeforeAll
    static void failOnEdtViolations() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    final void freshScreen() {
        disposeAllWindows();
        robot = BasicRobot.robotWithNewAwtHierarchy();
    }

    @AfterEach
    final void clearScreen() {
        robot.cleanUp();
        disposeAllWindows();
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
            throw new AssertionError(failure.getMessage() + uiThreads(), failure);
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
            throw new AssertionError(e.getMessage() + uiThreads(), e);
        }
    }

    /** Where the event thread and the background workers are, for a wait that timed out. */
    private static String uiThreads() {
        StringBuilder dump = new StringBuilder("\nUI and worker threads:");
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            if (thread.getName().startsWith("AWT-EventQueue") || thread.getName().startsWith("SwingWorker")
                    || thread.getName().startsWith("sheet-")) {
                dump.append("\n").append(thread.getName()).append(" ").append(thread.getState());
                for (int i = 0; i < Math.min(stack.length, 12); i++) {
                    dump.append("\n    at ").append(stack[i]);
                }
            }
        });
        return dump.toString();
    }

    /** The text of the label {@code name} in {@code container}, read on the event thread. */
    public String textOf(AbstractContainerFixture<?, ?, ?> container, String name) {
        return onEdt(() -> robot.finder().findByName(container.target(), name, JLabel.class, false).getText());
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

    /** The dialog called {@code name} once it is showing and has the keyboard focus. */
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

    private static String describe(Window window) {
        String name = onEdt(window::getName);
        return name == null ? window.getClass().getSimpleName() : name;
    }
}
