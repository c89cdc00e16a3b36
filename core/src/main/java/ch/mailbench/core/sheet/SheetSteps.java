package ch.mailbench.core.sheet;

import ch.mailbench.core.model.MailboxType;
import ch.mailbench.core.model.ServerSettings;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.Map;
import java.util.Optional;
import java.util.Comparator;

/**
 * The device steps of a sheet, in two columns below the facts, in the largest type size that fits
 * the space left (so a sheet is always exactly one page).
 */
final class SheetSteps {

    /** Values up to this length (real addresses, user names, host names) wrap well within a step column. */
    private static final int LONG_VALUE = 64;
    private static final float GUTTER = 16;
    /** From comfortable to the smallest still readable on paper; the first that fits is used. */
    private static final float[] STEP_SIZES = {9.5f, 9f, 8.5f, 8.2f, 8f, 7.8f, 7.5f, 7.2f, 7f};

    private final PageArea area;
    private final SheetJob job;
    private final SheetText text;
    private final SheetFonts fonts;
    private final SheetCells cells;
    private final PdfContentByte canvas;
    private final float left;
    private final float right;
    private final float bottom;

    SheetSteps(PageArea area, SheetJob job, SheetText text, SheetFonts fonts, SheetCells cells) {
        this.area = area;
        this.job = job;
        this.text = text;
        this.fonts = fonts;
        this.cells = cells;
        this.canvas = area.canvas();
        this.left = area.left();
        this.right = area.right();
        this.bottom = area.bottom();
    }

    /** The device steps in two columns, in the largest type size that fits the space left. */
    void draw(MailboxSheet sheet, Map<String, String> values, float y) {
        ColumnText heading = area.column(y, bottom + PageArea.FOOTER_HEIGHT);
        heading.addElement(cells.paragraph(text.get("steps.title"), fonts.bold(12), 0, 4));
        PageArea.go(heading, false);
        float stepsTop = heading.getYLine();
        float stepsBottom = bottom + PageArea.FOOTER_HEIGHT + 4;
        String address = sheet.mailbox().address().unicode();
        longField(values).ifPresent(field -> {
            throw new IllegalArgumentException("The " + field.getKey() + " of " + address + " has "
                    + values.get(field.getValue()).length() + " characters, too many for the setup sheet's steps (at most "
                    + LONG_VALUE + " fit well); shorten it");
        });
        for (float size : STEP_SIZES) {
            if (twoColumns(sheet, values, size, stepsTop, stepsBottom, true)) {
                twoColumns(sheet, values, size, stepsTop, stepsBottom, false);
                return;
            }
        }
        throw new IllegalArgumentException("The steps for " + job.devices().size() + " devices do not fit on one page for "
                + address + " in readable type; choose fewer devices");
    }

    /** The longest printed value over {@link #LONG_VALUE} characters, as (name in words, key), if any. */
    private Optional<Map.Entry<String, String>> longField(Map<String, String> values) {
        return Map.of("user name", "user", "address", "address", "incoming server", "inHost", "outgoing server", "outHost")
                .entrySet().stream()
                .filter(field -> values.getOrDefault(field.getValue(), "").length() > LONG_VALUE)
                .max(Comparator.comparingInt(field -> values.get(field.getValue()).length()));
    }

    private boolean twoColumns(MailboxSheet sheet, Map<String, String> values, float size, float columnTop,
                               float columnBottom, boolean simulate) {
        ColumnText column = new ColumnText(canvas);
        for (Device device : job.orderedDevices()) {
            column.addElement(deviceSteps(device, sheet.settings(), values, size));
        }
        float middle = (left + right) / 2;
        column.setSimpleColumn(left, columnBottom, middle - GUTTER / 2, columnTop);
        int status = PageArea.go(column, simulate);
        if (ColumnText.hasMoreText(status)) {
            column.setSimpleColumn(middle + GUTTER / 2, columnBottom, right, columnTop);
            column.setYLine(columnTop);
            status = PageArea.go(column, simulate);
        }
        return !ColumnText.hasMoreText(status);
    }

    private PdfPTable deviceSteps(Device device, ServerSettings settings, Map<String, String> values, float size) {
        PdfPTable table = new PdfPTable(new float[] {size * 1.6f, 100 - size * 1.6f});
        // The step text's width: half the page less the gutter, the number column and the cell padding.
        float textWidth = ((right - left - GUTTER) / 2) * (100 - size * 1.6f) / 100 - 2.5f;
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSplitLate(true);
        table.setSpacingAfter(size * 0.8f);
        PdfPCell title = cells.cell(new Phrase(text.get("device." + device.code()), fonts.bold(size + 1.5f)), 1);
        title.setColspan(2);
        title.setPaddingBottom(2);
        table.addCell(title);
        String prefix = "device." + device.code() + (settings.type() == MailboxType.EXCHANGE ? ".exchange." : ".mail.");
        for (int step = 1; text.find(prefix + step).isPresent(); step++) {
            String key = prefix + step;
            if (!settings.smtpAuth() && text.find(key + ".noauth").isPresent()) {
                key = key + ".noauth";
            }
            PdfPCell number = cells.cell(new Phrase(step + ".", fonts.bold(size)), 1);
            // The same leading as the step's text, so the number sits on the text's first line.
            number.setLeading(0, 1.2f);
            table.addCell(number);
            Phrase phrase = new Phrase();
            for (SheetText.Segment segment : SheetText.segments(text.get(key), values)) {
                // Chunks, not nested phrases: a nested phrase's own leading would lower the step's first line.
                phrase.addAll(segment.value() ? cells.fitted(segment.text(), fonts.bold, size, textWidth)
                        : fonts.chunks(segment.text(), fonts.regular(size)));
            }
            PdfPCell stepCell = cells.cell(phrase, 1);
            stepCell.setLeading(0, 1.2f);
            table.addCell(stepCell);
        }
        return table;
    }
}
