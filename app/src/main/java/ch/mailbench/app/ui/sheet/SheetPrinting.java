package ch.mailbench.app.ui.sheet;

import ch.mailbench.app.ui.ErrorTexts;
import ch.mailbench.app.ui.task.BackgroundTask;
import ch.mailbench.app.ui.task.TaskExecutor;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

import java.awt.print.PrinterJob;
import java.util.function.Consumer;

/**
 * Print…: a copy of the sheet is loaded in the background, the OS print dialog asks on the EDT
 * (it is modal), then the copy prints in the background and is released. The preview's own
 * document is never shared with the printer.
 */
final class SheetPrinting {

    private final TaskExecutor tasks;
    private final SheetDialogText text;
    private final ErrorTexts errors;

    SheetPrinting(TaskExecutor tasks, SheetDialogText text, ErrorTexts errors) {
        this.tasks = tasks;
        this.text = text;
        this.errors = errors;
    }

    /** Prints {@code pdf} as job {@code jobName}; {@code status} hears how it went. EDT. */
    void print(byte[] pdf, String jobName, Consumer<String> status) {
        BackgroundTask.of(monitor -> Loader.loadPDF(pdf))
                .onSuccess(copy -> askAndPrint(copy, jobName, status))
                .onFailure(failure -> status.accept(text.format("status.failed", errors.describe(failure))))
                .executeWith(tasks);
    }

    private void askAndPrint(PDDocument copy, String jobName, Consumer<String> status) {
        PrinterJob job = PrinterJob.getPrinterJob();
        job.setJobName(jobName);
        job.setPageable(new PDFPageable(copy));
        boolean confirmed = job.printDialog();
        BackgroundTask.of(monitor -> {
            try (copy) {
                if (confirmed) {
                    job.print();
                }
            }
            return confirmed;
        }).onSuccess(printed -> {
            if (printed) {
                status.accept(text.get("status.printing"));
            }
        }).onFailure(failure -> status.accept(text.format("status.failed", errors.describe(failure))))
                .executeWith(tasks);
    }
}
