package ch.mailbench.app.ui.sheet;

import ch.mailbench.app.ui.ErrorTexts;
import ch.mailbench.app.ui.task.BackgroundTask;
import ch.mailbench.app.ui.task.RunningTask;
import ch.mailbench.app.ui.task.TaskExecutor;
import ch.mailbench.core.io.AtomicFile;
import ch.mailbench.core.model.SheetLanguage;
import ch.mailbench.core.sheet.Device;
import ch.mailbench.core.sheet.SheetOptions;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The state of the sheet preview, without widgets: the print options, the page shown and its
 * zoom, the status line, and whether there is something to save or print. Every option change
 * recomposes the sheet; only the newest request's result is shown. UI thread only; listeners
 * run after every change.
 */
final class SheetPreviewModel {

    static final int[] ZOOMS = {50, 75, 100, 125, 150, 200};

    private final SheetPageRenderer renderer;
    private final TaskExecutor tasks;
    private final SheetDialogText text;
    private final ErrorTexts errors;
    private final List<Runnable> listeners = new ArrayList<>();

    private SheetLanguage language;
    private final Set<Device> devices = EnumSet.noneOf(Device.class);
    private boolean includePassword;
    private int zoomPercent = 100;
    private Optional<byte[]> pdf = Optional.empty();
    private int pageCount;
    private int page;
    private Optional<BufferedImage> image = Optional.empty();
    private String status = "";
    /** The compose or page drawing whose result is still wanted; a newer request cancels it. */
    private Optional<RunningTask> pending = Optional.empty();

    SheetPreviewModel(SheetPageRenderer renderer, TaskExecutor tasks, SheetDialogText text, ErrorTexts errors,
                      SheetOptions initial, SheetLanguage initialLanguage) {
        this.renderer = renderer;
        this.tasks = tasks;
        this.text = text;
        this.errors = errors;
        this.language = initial.language().orElse(initialLanguage);
        this.devices.addAll(initial.devices());
        this.includePassword = initial.includePassword();
    }

    void addListener(Runnable listener) {
        listeners.add(listener);
    }

    SheetLanguage language() {
        return language;
    }

    void setLanguage(SheetLanguage chosen) {
        language = chosen;
        compose();
    }

    boolean hasDevice(Device device) {
        return devices.contains(device);
    }

    void setDevice(Device device, boolean on) {
        if (on) {
            devices.add(device);
        } else {
            devices.remove(device);
        }
        compose();
    }

    boolean includePassword() {
        return includePassword;
    }

    void setIncludePassword(boolean include) {
        includePassword = include;
        compose();
    }

    int zoomPercent() {
        return zoomPercent;
    }

    void setZoomPercent(int percent) {
        zoomPercent = percent;
        showPage(page);
    }

    /** Whether a composed sheet is shown, so it can be paged, saved and printed. */
    boolean ready() {
        return pdf.isPresent() && pageCount > 0;
    }

    boolean canSave() {
        return ready();
    }

    boolean canPrint() {
        return ready();
    }

    boolean canGoBack() {
        return ready() && page > 0;
    }

    boolean canGoForward() {
        return ready() && page < pageCount - 1;
    }

    int page() {
        return page;
    }

    int pageCount() {
        return pageCount;
    }

    Optional<BufferedImage> image() {
        return image;
    }

    String status() {
        return status;
    }

    /** The sheet as shown, for printing; present when {@link #canPrint()}. */
    Optional<byte[]> pdf() {
        return pdf;
    }

    void previous() {
        showPage(page - 1);
    }

    void next() {
        showPage(page + 1);
    }

    /** Recomposes the PDF for the current options, then shows its first page. */
    void compose() {
        pending.ifPresent(RunningTask::cancel);
        pdf = Optional.empty();
        if (devices.isEmpty()) {
            pending = Optional.empty();
            pageCount = 0;
            image = Optional.empty();
            status = text.get("status.noDevice");
            changed();
            return;
        }
        status = text.get("status.composing");
        changed();
        SheetOptions options = new SheetOptions(Optional.of(language), EnumSet.copyOf(devices), includePassword);
        pending = Optional.of(renderer.compose(options, zoomPercent, composed -> {
            pdf = Optional.of(composed.pdf());
            status = text.format("status.ready", composed.first().count());
            shown(composed.first());
        }, failure -> {
            image = Optional.empty();
            pageCount = 0;
            status = text.format("status.failed", errors.describe(failure));
            changed();
        }));
    }

    private void showPage(int wanted) {
        if (!ready() || wanted < 0 || wanted >= pageCount) {
            return;
        }
        pending.ifPresent(RunningTask::cancel);
        pending = Optional.of(renderer.render(wanted, zoomPercent, this::shown, failure -> {
            status = text.format("status.failed", errors.describe(failure));
            changed();
        }));
    }

    private void shown(SheetPageRenderer.Page drawn) {
        page = drawn.index();
        pageCount = drawn.count();
        image = Optional.of(drawn.image());
        changed();
        if (drawn.zoomPercent() != zoomPercent) {
            // The zoom changed while the page was being drawn.
            showPage(page);
        }
    }

    /** Saves the sheet shown to {@code file} in the background; the status line says how it went. */
    void save(Path file) {
        byte[] bytes = pdf.orElseThrow();
        BackgroundTask.of(monitor -> {
            // Owner-only like the command line's sheets: a sheet may carry a password.
            AtomicFile.write(file, AtomicFile.Access.OWNER_ONLY, out -> out.write(bytes));
            return file.toAbsolutePath();
        })
                .onSuccess(saved -> showStatus(text.format("status.saved", saved)))
                .onFailure(failure -> showStatus(text.format("status.failed", errors.describe(failure))))
                .executeWith(tasks);
    }

    void showStatus(String line) {
        status = line;
        changed();
    }

    /** The dialog closed: nothing more is drawn and the document is released. */
    void close() {
        pending.ifPresent(RunningTask::cancel);
        renderer.close();
    }

    private void changed() {
        List.copyOf(listeners).forEach(Runnable::run);
    }
}
