package ch.mailbench.core.sheet;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Image;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Composes setup sheets with OpenPDF: one page per mailbox ({@link SheetPage}), optionally after a
 * cover page. Owns the document (paper, metadata, the shop's logo) and the fonts; renders one
 * document at a time (the fonts are shared).
 */
public final class SheetRenderer {

    private static final float MARGIN = 40;

    private final ZoneId zone;
    private SheetFonts fonts;

    /** Dates are printed in {@code zone}. Keep one renderer: it loads the fonts once, on first use. */
    public SheetRenderer(ZoneId zone) {
        this.zone = zone;
    }

    /** Writes the job's PDF to {@code out}; does not close it. */
    public synchronized void render(SheetJob job, OutputStream out) {
        if (fonts == null) {
            fonts = new SheetFonts();
        }
        SheetText text = new SheetText(job.language());
        Rectangle pageSize = new Rectangle(job.shop().paper().width(), job.shop().paper().height());
        Document document = new Document(pageSize, MARGIN, MARGIN, MARGIN, MARGIN);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            document.addTitle(text.get("title") + " – " + job.sheets().get(0).customer().name());
            document.addCreator("Mailbench");
            writer.getExtraCatalog().put(com.lowagie.text.pdf.PdfName.LANG, new com.lowagie.text.pdf.PdfString(job.language().code()));
            document.open();
            Optional<Image> logo = logo(job.shop());
            PageArea area = new PageArea(writer.getDirectContent(), MARGIN, pageSize.getWidth() - MARGIN, pageSize.getHeight() - MARGIN,
                    MARGIN);
            SheetPage page = new SheetPage(area, job, text, fonts, zone, logo);
            boolean first = true;
            if (job.withCover()) {
                page.cover();
                first = false;
            }
            for (MailboxSheet sheet : job.sheets()) {
                if (!first) {
                    writer.setPageEmpty(false);
                    document.newPage();
                }
                page.sheet(sheet);
                first = false;
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not compose the setup sheet: " + e.getMessage(), e);
        } catch (com.lowagie.text.ExceptionConverter e) {
            // OpenPDF hides the disk's IOException (a full disk) without a cause; hand it on as one.
            if (e.getException() instanceof java.io.IOException io) {
                throw new java.io.UncheckedIOException(io);
            }
            throw e;
        }
    }

    private static Optional<Image> logo(ShopSettings shop) {
        if (shop.logo().isEmpty()) {
            return Optional.empty();
        }
        try {
            Image image = Image.getInstance(shop.logo().get());
            image.scaleToFit(150, SheetPage.HEADER_HEIGHT - 10);
            return Optional.of(image);
        } catch (IOException e) {
            throw new UncheckedIOException("The shop logo cannot be read: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("The shop logo cannot be read: " + e.getMessage(), e);
        }
    }
}
