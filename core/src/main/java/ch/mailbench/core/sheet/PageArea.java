package ch.mailbench.core.sheet;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Where a sheet is drawn: the canvas of the current page and its margins. Content stops
 * {@link #FOOTER_HEIGHT} above the bottom margin, where the footer goes.
 */
record PageArea(PdfContentByte canvas, float left, float right, float top, float bottom) {

    static final float FOOTER_HEIGHT = 16;

    /** A column across the whole width between {@code upper} and {@code lower}. */
    ColumnText column(float upper, float lower) {
        ColumnText column = new ColumnText(canvas);
        column.setSimpleColumn(left, lower, right, upper);
        return column;
    }

    static int go(ColumnText column, boolean simulate) {
        // Left-to-right pages, but with the Unicode bidi algorithm: a Hebrew or Arabic name reads right to left.
        column.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        try {
            return column.go(simulate);
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not lay out the setup sheet: " + e.getMessage(), e);
        }
    }
}
