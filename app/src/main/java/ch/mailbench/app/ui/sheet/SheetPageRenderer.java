package ch.mailbench.app.ui.sheet;

import ch.mailbench.app.ui.task.BackgroundTask;
import ch.mailbench.app.ui.task.RunningTask;
import ch.mailbench.app.ui.task.TaskExecutor;
import ch.mailbench.core.sheet.SheetOptions;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * Owns the PDF document being previewed: composes it, loads it and draws its pages, all as tasks
 * of one in-order executor, so the document is only ever used by one thread at a time and the
 * EDT never waits for it. Callbacks run on the EDT.
 */
final class SheetPageRenderer {

    /** Composes the PDF for the chosen options. Called off the EDT; throws with a message for the technician. */
    @FunctionalInterface
    interface SheetSource {
        byte[] pdf(SheetOptions options) throws IOException;
    }

    /** One drawn page of a document of {@code count} pages. */
    record Page(int index, int count, int zoomPercent, BufferedImage image) {
    }

    /** A freshly composed PDF and its first page. */
    record Composed(byte[] pdf, Page first) {
    }

    private final SheetSource source;
    private final TaskExecutor queue;
    /** Touched only by tasks of {@link #queue}. */
    private PDDocument document;

    SheetPageRenderer(SheetSource source, TaskExecutor tasks) {
        this.source = source;
        this.queue = tasks.inOrder();
    }

    /** Composes the PDF for {@code options}, makes it the document, and draws its first page. */
    RunningTask compose(SheetOptions options, int zoomPercent, Consumer<Composed> onSuccess, Consumer<Exception> onFailure) {
        return BackgroundTask.of(monitor -> {
            byte[] pdf = source.pdf(options);
            PDDocument loaded = Loader.loadPDF(pdf);
            closeDocument();
            document = loaded;
            return new Composed(pdf, draw(0, zoomPercent));
        }).onSuccess(onSuccess).onFailure(onFailure).executeWith(queue);
    }

    /** Draws page {@code index} (from 0) of the document last composed. */
    RunningTask render(int index, int zoomPercent, Consumer<Page> onSuccess, Consumer<Exception> onFailure) {
        return BackgroundTask.of(monitor -> draw(index, zoomPercent)).onSuccess(onSuccess).onFailure(onFailure).executeWith(queue);
    }

    /** Releases the document after whatever is queued. */
    void close() {
        BackgroundTask.of(monitor -> {
            closeDocument();
            return null;
        }).executeWith(queue);
    }

    private Page draw(int index, int zoomPercent) throws IOException {
        BufferedImage image = new PDFRenderer(document).renderImageWithDPI(index, 72f * zoomPercent / 100f);
        return new Page(index, document.getNumberOfPages(), zoomPercent, image);
    }

    private void closeDocument() throws IOException {
        if (document != null) {
            // An in-memory document holds no file; closing only releases its buffers.
            document.close();
            document = null;
        }
    }
}
