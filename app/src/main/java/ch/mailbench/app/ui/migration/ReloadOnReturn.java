package ch.mailbench.app.ui.migration;

import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;

/**
 * Reloads a view when its window gets the focus back after it went to another application. Results
 * another process records on the same database (a {@code mailbench verify} in a terminal) then
 * appear when the technician comes back: no database polling while nobody looks, and nothing in
 * persistence to change — the other program had the focus while it ran. Focus moving between
 * Mailbench's own windows, or arriving for the first time, does not reload. EDT.
 */
final class ReloadOnReturn extends WindowAdapter {

    private final Runnable reload;
    private boolean away;

    ReloadOnReturn(Runnable reload) {
        this.reload = reload;
    }

    @Override
    public void windowLostFocus(WindowEvent e) {
        away = e.getOppositeWindow() == null;
    }

    @Override
    public void windowGainedFocus(WindowEvent e) {
        if (away && e.getOppositeWindow() == null) {
            reload.run();
        }
        away = false;
    }
}
