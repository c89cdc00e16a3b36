package ch.mailbench.core.sheet;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.GrayColor;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The building blocks of a sheet's PDF in the sheet's fonts: cells, paragraphs, and values the
 * customer types, which never break where a break would read as two things to type.
 */
final class SheetCells {

    /** The smallest type a value (host name, user name, address) shrinks to so that it stays on one line. */
    private static final float SMALLEST_VALUE = 4.5f;

    /**
     * A value the customer types (host name, user name, address) is never broken: it moves to the
     * next line whole, and shrinks when a line is too narrow for it.
     */
    private static final SplitCharacter NEVER = (start, current, end, chars, chunks) -> false;

    /** The last resort for a value too wide even in the smallest type: break only after a dot or an @, never at a hyphen. */
    private static final SplitCharacter AT_DOTS = (start, current, end, chars, chunks) -> {
        char c = chars[current];
        return c == '.' || c == '@' || c == ' ';
    };

    private final SheetFonts fonts;

    SheetCells(SheetFonts fonts) {
        this.fonts = fonts;
    }

    /**
     * A value the customer types, on one line: a break at a dot or a hyphen would read as two
     * things to type, so a value too wide for {@code width} gets smaller type instead, and
     * wraps (after a dot) only when even {@link #SMALLEST_VALUE} is too wide.
     */
    Phrase fitted(String content, BaseFont font, float size, float width) {
        return fitted(content, new Font(font, size), size, width);
    }

    Phrase fitted(String content, Font like, float size, float width) {
        BaseFont font = like.getBaseFont();
        float fitting = size;
        while (fitting > SMALLEST_VALUE && font.getWidthPoint(content, fitting) > width) {
            fitting -= 0.25f;
        }
        boolean fits = font.getWidthPoint(content, fitting) <= width;
        Font sized = like.difference(new Font(font, fitting));
        Phrase phrase = new Phrase(fitting * 1.5f);
        for (Chunk chunk : fonts.chunks(content, sized)) {
            chunk.setSplitCharacter(fits ? NEVER : AT_DOTS);
            phrase.add(chunk);
        }
        return phrase;
    }

    Paragraph paragraph(String content, Font font, float before, float after) {
        Paragraph paragraph = new Paragraph(fonts.phrase(content, font));
        paragraph.setLeading(0, 1.2f);
        paragraph.setSpacingBefore(before);
        paragraph.setSpacingAfter(after);
        return paragraph;
    }

    Paragraph aligned(Paragraph paragraph) {
        paragraph.setAlignment(Element.ALIGN_RIGHT);
        return paragraph;
    }

    PdfPCell label(String content) {
        PdfPCell cell = cell(fonts.phrase(content, SheetFonts.grey(fonts.regular(9.5f))), 3);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }

    PdfPCell headerCell(String content) {
        PdfPCell cell = cell(fonts.phrase(content, fonts.bold(9.5f)), 4);
        cell.setBackgroundColor(new GrayColor(0.9f));
        return cell;
    }

    PdfPCell boxed(Phrase phrase) {
        PdfPCell cell = cell(phrase, 4);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderWidthBottom(0.4f);
        cell.setBorderColorBottom(new GrayColor(0.75f));
        return cell;
    }

    PdfPCell cell(Phrase phrase, float padding) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(padding);
        return cell;
    }

    void framed(PdfPCell cell, float grey, float borderWidth) {
        cell.setBorder(Rectangle.BOX);
        cell.setBorderWidth(borderWidth);
        cell.setBorderColor(new GrayColor(0.35f));
        if (grey < 1f) {
            cell.setBackgroundColor(new GrayColor(grey));
        }
        cell.setPadding(8);
        cell.setPaddingTop(4);
    }
}
