package ch.mailbench.app.bench;

import javax.swing.JComponent;
import javax.swing.JList;
import javax.swing.JTable;
import javax.swing.RepaintManager;
import java.awt.Component;
import java.awt.Container;
import java.awt.Frame;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;

/**
 * For the start-up benchmark only (switched on by {@value #VARIABLE}): prints {@code startup window}
 * when a window has first been painted and {@code startup list} when the customer list (the
 * component named {@code customerList}) has been painted with rows in it, each followed by the CPU
 * time the process has used so far ({@code cpu=0.812s}): the benchmark times the lines as they
 * arrive, and the CPU time says what a start costs when other work shares the machine. With the
 * value {@code exit} the process then ends, so a run is one start.
 * Hooks the repaint manager, which paints every Swing window, so the product code needs no hook.
 */
public final class StartupProbe extends RepaintManager {

    public static final String VARIABLE = "MAILBENCH_STARTUP_PROBE";

    private final PrintWriter out;
    private final Optional<Runnable> exit;
    private boolean windowPainted;
    private boolean listPainted;

    private StartupProbe(PrintWriter out, Optional<Runnable> exit) {
        this.out = out;
        this.exit = exit;
    }

    /** Installs the probe when {@code value} (of {@value #VARIABLE}) is set; {@code exit} ends the process. */
    public static void installIf(String value, PrintWriter out, Runnable exit) {
        if (value != null && !value.isBlank()) {
            RepaintManager.setCurrentManager(new StartupProbe(out, "exit".equals(value) ? Optional.of(exit) : Optional.empty()));
        }
    }

    @Override
    public void paintDirtyRegions() {
        super.paintDirtyRegions();
        if (!windowPainted && shownFrame().isPresent()) {
            windowPainted = true;
            out.println("startup window " + cpuSoFar());
        }
        if (windowPainted && !listPainted && shownFrame().map(StartupProbe::hasListedRows).orElse(false)) {
            listPainted = true;
            out.println("startup list " + cpuSoFar());
            exit.ifPresent(Runnable::run);
        }
    }

    /** The process's CPU time (all threads, user and system), from the operating system: no management beans to load. */
    private static String cpuSoFar() {
        return ProcessHandle.current().info().totalCpuDuration()
                .map(cpu -> String.format(Locale.ROOT, "cpu=%.3fs", cpu.toNanos() / 1e9)).orElse("cpu=?");
    }

    private static Optional<Frame> shownFrame() {
        for (Frame frame : Frame.getFrames()) {
            if (frame.isShowing()) {
                return Optional.of(frame);
            }
        }
        return Optional.empty();
    }

    private static boolean hasListedRows(Component component) {
        if ("customerList".equals(component.getName()) && component instanceof JComponent && component.isShowing()) {
            return component instanceof JList<?> list ? list.getModel().getSize() > 0
                    : component instanceof JTable table && table.getRowCount() > 0;
        }
        if (component instanceof Container container) {
            for (Component child : container.getComponents()) {
                if (hasListedRows(child)) {
                    return true;
                }
            }
        }
        return false;
    }
}
