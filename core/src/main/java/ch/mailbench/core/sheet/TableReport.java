package ch.mailbench.core.sheet;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A table exactly as a screen shows it (headings and cell texts already in the user's language),
 * for the customer's file: CSV (UTF-8 with BOM, for Excel) or a landscape PDF with the sheets' fonts.
 * The overview's filtered rows are saved this way; a finished run has {@link RunReport}.
 */
public final class TableReport {

    private final String title;
    private final String subtitle;
    private final List<String> headings;
    private final List<List<String>> rows;

    /** @param rows each as long as {@code headings} */
    public TableReport(String title, String subtitle, List<String> headings, List<List<String>> rows) {
        this.title = title;
        this.subtitle = subtitle;
        this.headings = List.copyOf(headings);
        this.rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : this.rows) {
            if (row.size() != this.headings.size()) {
                throw new IllegalArgumentException("A row has " + row.size() + " cells, the headings " + this.headings.size());
            }
        }
    }

    public byte[] csv() {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(line(headings));
        rows.forEach(row -> csv.append(line(row)));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String line(List<String> cells) {
        return String.join(",", cells.stream().map(RunReport::csvCell).toList()) + "\r\n";
    }

    public byte[] pdf() {
        SheetFonts fonts = new SheetFonts();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // Landscape: six columns of host names and dates do not fit a portrait page's width at 8 points.
        Document document = new Document(PageSize.A4.rotate(), 30, 30, 30, 30);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            document.add(new Paragraph(title, fonts.bold(14)));
            // The status column's symbols (🔑, ○) come from the symbol font, not silently left out.
            document.add(new Paragraph(subtitle, SheetFonts.grey(fonts.regular(10))));
            document.add(new Paragraph(" ", fonts.regular(6)));
            PdfPTable table = new PdfPTable(headings.size());
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            headings.forEach(heading -> table.addCell(cell(fonts, heading, fonts.bold(8))));
            rows.forEach(row -> row.forEach(text -> table.addCell(cell(fonts, text, fonts.regular(8)))));
            document.add(table);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot compose the report: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static PdfPCell cell(SheetFonts fonts, String text, Font font) {
        Phrase phrase = new Phrase();
        phrase.addAll(fonts.chunks(text, font));
        PdfPCell cell = new PdfPCell(phrase);
        cell.setPadding(3);
        cell.setPaddingBottom(5);
        return cell;
    }
}
