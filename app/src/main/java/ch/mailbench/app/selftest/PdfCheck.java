package ch.mailbench.app.selftest;

import ch.mailbench.core.sheet.SheetJob;
import ch.mailbench.core.sheet.SheetRenderer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * PDF output: a setup sheet composed with the embedded fonts, then read back and drawn to an
 * image the way the console's preview does.
 */
public final class PdfCheck implements SelfCheck {

    private final SheetRenderer renderer;
    private final SheetJob job;

    public PdfCheck(SheetRenderer renderer, SheetJob job) {
        this.renderer = renderer;
        this.job = job;
    }

    @Override
    public String name() {
        return "PDF";
    }

    @Override
    public String run() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(job, out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            BufferedImage page = new PDFRenderer(document).renderImage(0, 0.5f);
            return "setup sheet of " + document.getNumberOfPages() + " page(s), " + out.size() / 1024 + " KB, previewed at "
                    + page.getWidth() + "x" + page.getHeight() + " px";
        }
    }
}
