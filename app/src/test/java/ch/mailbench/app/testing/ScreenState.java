package ch.mailbench.app.testing;

import org.assertj.swing.edt.GuiActionRunner;

import java.awt.Component;
import java.awt.KeyboardFocusManager;
import java.awt.MouseInfo;
import java.awt.PointerInfo;
import java.awt.Window;

/** What a GUI wait that timed out reports, so that a failure on a loaded machine explains itself. */
final class ScreenState {

    private ScreenState() {
    }

    /**
     * The windows, the focus and the pointer, then where the event thread and the background
     * workers are: what a wait that timed out needs to be explained.
     */
    static String describe() {
        StringBuilder dump = new StringBuilder("\n").append(windows()).append("\nUI and worker threads:");
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

    /** Every window with its state, the focus owner and the pointer, read on the event thread. */
    private static String windows() {
        try {
            return GuiActionRunner.execute(() -> {
                StringBuilder screen = new StringBuilder("Windows:");
                for (Window window : Window.getWindows()) {
                    if (window.isDisplayable()) {
                        screen.append("\n  ").append(window.getClass().getSimpleName()).append(" ").append(window.getName())
                                .append(window.isShowing() ? " showing at " + window.getLocationOnScreen() + " " + window.getSize() : " hidden")
                                .append(window.isActive() ? ", active" : "").append(window.isFocused() ? ", focused" : "");
                    }
                }
                Component owner = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
                PointerInfo pointer = MouseInfo.getPointerInfo();
                return screen.append("\nFocus owner: ").append(owner == null ? "none" : owner.getClass().getSimpleName() + " " + owner.getName())
                        .append("\nPointer: ").append(pointer == null ? "unknown" : pointer.getLocation()).toString();
            });
        } catch (RuntimeException e) {
            return "Windows: not readable (" + e + ")";
        }
    }
}
