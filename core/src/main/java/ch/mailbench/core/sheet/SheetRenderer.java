package ch.mailbench.core.sheet;

import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.MailboxType;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.UsernameFormat;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.GrayColor;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Composes setup sheets with OpenPDF: one page per mailbox, optionally after a cover page. Every
 * page is laid out in fixed regions (header, facts, device steps, footer); the device steps
 * shrink their type until they fit the space left, so a sheet is always exactly one page.
 * Renders one document at a time (the fonts are shared).
 */
public final class SheetRenderer {

    /** Values up to this length (real addresses, user names, host names) wrap well within a step column. */
    private static final int LONG_VALUE = 64;
    private static final float MARGIN = 40;
    private static final float HEADER_HEIGHT = 52;
    private static final float FOOTER_HEIGHT = 16;
    private static final float GUTTER = 16;
    /** From comfortable to the smallest still readable on paper; the first that fits is used. */
    private static final float[] STEP_SIZES = {9.5f, 9f, 8.5f, 8.2f, 8f, 7.8f, 7.5f, 7.2f, 7f};

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
            Page page = new Page(writer.getDirectContent(), pageSize, job, text, logo);
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
            image.scaleToFit(150, HEADER_HEIGHT - 10);
            return Optional.of(image);
        } catch (IOException e) {
            throw new UncheckedIOException("The shop logo cannot be read: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("The shop logo cannot be read: " + e.getMessage(), e);
        }
    }

    /** Draws pages of one document. */
    private final class Page {

        private final PdfContentByte canvas;
        private final SheetJob job;
        private final SheetText text;
        private final Optional<Image> logo;
        private final float left;
        private final float right;
        private final float top;
        private final float bottom;
        private final String printedOn;

        Page(PdfContentByte canvas, Rectangle size, SheetJob job, SheetText text, Optional<Image> logo) {
            this.canvas = canvas;
            this.job = job;
            this.text = text;
            this.logo = logo;
            this.left = MARGIN;
            this.right = size.getWidth() - MARGIN;
            this.top = size.getHeight() - MARGIN;
            this.bottom = MARGIN;
            this.printedOn = text.fill("footer.printed", Map.of("date", text.date(ZonedDateTime.ofInstant(job.printedAt(), zone))));
        }

        void sheet(MailboxSheet sheet) {
            Map<String, String> values = SheetValues.of(sheet, text);
            float y = header();
            ColumnText facts = column(y, bottom + FOOTER_HEIGHT);
            facts.addElement(title(text.get("title"), text.fill("subtitle", values)));
            facts.addElement(mailbox(sheet));
            facts.addElement(servers(sheet.settings()));
            facts.addElement(credentials(sheet));
            facts.addElement(verification(sheet));
            sheet.modernAuthProvider().ifPresent(provider -> facts.addElement(
                    paragraph(text.fill("modernAuth", Map.of("provider", provider)), fonts.bold(9.5f), 0, 4)));
            go(facts, false);
            steps(sheet, values, facts.getYLine() - 4);
            footer();
        }

        void cover() {
            MailboxSheet first = job.sheets().get(0);
            float y = header();
            ColumnText column = column(y, bottom + FOOTER_HEIGHT);
            column.addElement(title(text.get("cover.title"), first.customer().name()));
            String contact = String.join(" · ", nonBlank(first.customer().contactPerson(), first.customer().phone(), first.customer().email()));
            if (!contact.isEmpty()) {
                column.addElement(paragraph(contact, fonts.regular(10), 0, 6));
            }
            boolean passwords = job.sheets().stream().anyMatch(s -> s.password().isPresent());
            column.addElement(paragraph(text.get(passwords ? "cover.introPassword" : "cover.intro"), fonts.regular(10.5f), 8, 14));
            column.addElement(paragraph(text.fill("cover.mailboxes", Map.of("count", text.number(job.sheets().size()))),
                    fonts.bold(11), 4, 6));
            column.addElement(mailboxIndex());
            if (!job.shop().name().isEmpty() || !job.shop().contact().isEmpty()) {
                column.addElement(paragraph(text.get("cover.contact"), fonts.bold(10), 22, 2));
                column.addElement(paragraph(job.shop().name(), fonts.bold(10), 0, 0));
                column.addElement(paragraph(job.shop().contact(), fonts.regular(10), 0, 0));
            }
            go(column, false);
            footer();
        }

        private PdfPTable mailboxIndex() {
            PdfPTable table = new PdfPTable(new float[] {46, 40, 14});
            table.setWidthPercentage(100);
            int page = 2;
            for (MailboxSheet sheet : job.sheets()) {
                table.addCell(cell(fitted(sheet.mailbox().address().unicode(), fonts.bold, 9.5f, (right - left) * 0.46f - 6), 3));
                table.addCell(cell(fitted(SheetValues.username(sheet), fonts.mono, 9, (right - left) * 0.40f - 6), 3));
                PdfPCell pageCell = cell(new Phrase(text.fill("cover.page", Map.of("page", text.number(page))), fonts.regular(9)), 3);
                pageCell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                table.addCell(pageCell);
                page++;
            }
            for (PdfPCell cell : table.getRow(table.size() - 1).getCells()) {
                cell.setBorder(Rectangle.NO_BORDER);
            }
            return table;
        }

        /** The shop's logo and name at the top; returns where the content starts. */
        private float header() {
            ShopSettings shop = job.shop();
            logo.ifPresent(image -> {
                image.setAbsolutePosition(left, top - image.getScaledHeight());
                try {
                    canvas.addImage(image);
                } catch (DocumentException e) {
                    throw new IllegalStateException("Could not place the shop logo", e);
                }
            });
            ColumnText column = new ColumnText(canvas);
            column.setSimpleColumn(left + 160, top - HEADER_HEIGHT, right, top + 4);
            if (!shop.name().isEmpty()) {
                column.addElement(aligned(paragraph(shop.name(), fonts.bold(11), 0, 1)));
            }
            for (String line : shop.contact().split("\\R")) {
                if (!line.isBlank()) {
                    column.addElement(aligned(paragraph(line.strip(), SheetFonts.grey(fonts.regular(8)), 0, 0)));
                }
            }
            go(column, false);
            float ruleY = top - HEADER_HEIGHT - 4;
            canvas.saveState();
            canvas.setRGBColorStroke(170, 170, 170);
            canvas.setLineWidth(0.6f);
            canvas.moveTo(left, ruleY);
            canvas.lineTo(right, ruleY);
            canvas.stroke();
            canvas.restoreState();
            return ruleY - 4;
        }

        private void footer() {
            String shopLine = String.join(" · ", nonBlank(job.shop().name(), job.shop().contact().replaceAll("\\s*\\R\\s*", " · ")));
            Font font = SheetFonts.grey(fonts.regular(7.5f));
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, fonts.phrase(shopLine, font), left, bottom, 0,
                    PdfWriter.RUN_DIRECTION_LTR, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(printedOn, font), right, bottom, 0,
                    PdfWriter.RUN_DIRECTION_LTR, 0);
        }

        private Element title(String title, String subtitle) {
            Paragraph paragraph = new Paragraph();
            paragraph.addAll(fonts.chunks(title, fonts.bold(17)));
            paragraph.addAll(fonts.chunks("   " + subtitle, fonts.regular(12)));
            paragraph.setLeading(0, 1.2f);
            paragraph.setSpacingAfter(6);
            return paragraph;
        }

        private PdfPTable mailbox(MailboxSheet sheet) {
            EmailAddress address = sheet.mailbox().address();
            PdfPTable table = new PdfPTable(new float[] {26, 74});
            table.setWidthPercentage(100);
            table.setSpacingAfter(6);
            Phrase addressPhrase = fitted(address.unicode(), fonts.bold, 13, (right - left) * 0.74f - 6);
            table.addCell(label(text.get("label.address")));
            PdfPCell addressCell = cell(addressPhrase, 2);
            if (address.domain().isInternationalized()) {
                Paragraph note = new Paragraph();
                note.setLeading(0, 1.2f);
                for (SheetText.Segment segment : SheetText.segments(text.get("idn.ascii"), Map.of("ascii", address.ascii()))) {
                    Font grey = SheetFonts.grey(fonts.regular(8));
                    note.addAll(segment.value() ? fitted(segment.text(), grey, 8, (right - left) * 0.74f - 6) : fonts.chunks(segment.text(), grey));
                }
                Paragraph addressLine = new Paragraph(addressPhrase);
                addressLine.setLeading(0, 1.2f);
                addressLine.setSpacingAfter(3);
                addressCell = new PdfPCell();
                addressCell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
                addressCell.addElement(addressLine);
                addressCell.addElement(note);
                addressCell.setBorder(Rectangle.NO_BORDER);
                addressCell.setPadding(2);
            }
            table.addCell(addressCell);
            if (!sheet.mailbox().displayName().isEmpty()) {
                table.addCell(label(text.get("label.name")));
                table.addCell(cell(fonts.phrase(sheet.mailbox().displayName(), fonts.regular(10)), 2));
            }
            table.addCell(label(text.get("label.accountType")));
            table.addCell(cell(new Phrase(text.get("type." + sheet.settings().type().name()), fonts.regular(10)), 2));
            return table;
        }

        private PdfPTable servers(ServerSettings settings) {
            boolean exchange = settings.type() == MailboxType.EXCHANGE;
            PdfPTable table = exchange ? new PdfPTable(new float[] {26, 74}) : new PdfPTable(new float[] {26, 37, 37});
            table.setWidthPercentage(100);
            table.setSpacingAfter(8);
            String protocol = settings.type() == MailboxType.POP3 ? "POP3" : "IMAP";
            table.addCell(headerCell(""));
            table.addCell(headerCell(exchange ? text.get("column.exchange") : text.fill("column.incoming", Map.of("protocol", protocol))));
            if (!exchange) {
                table.addCell(headerCell(text.get("column.outgoing")));
            }
            String unknown = text.get("unknown");
            row(table, exchange, text.get("row.server"),
                    settings.incoming().map(e -> e.host().ascii()).orElse(unknown),
                    settings.outgoing().map(e -> e.host().ascii()).orElse(unknown));
            if (exchange) {
                // An Exchange server has no port or security to type (see ServerSettings): the device finds them.
                table.addCell(label(""));
                table.addCell(cell(fonts.phrase(text.get("exchange.note"), SheetFonts.grey(fonts.regular(8.5f))), 3));
                return table;
            }
            row(table, exchange, text.get("row.port"),
                    settings.incoming().map(e -> Integer.toString(e.port().number())).orElse(unknown),
                    settings.outgoing().map(e -> Integer.toString(e.port().number())).orElse(unknown));
            row(table, exchange, text.get("row.security"),
                    settings.incoming().map(e -> SheetValues.security(e.security(), text)).orElse(unknown),
                    settings.outgoing().map(e -> SheetValues.security(e.security(), text)).orElse(unknown));
            if (!exchange) {
                table.addCell(label(text.get("row.authentication")));
                table.addCell(boxed(new Phrase(text.get("auth.incoming"), fonts.regular(9.5f))));
                table.addCell(boxed(new Phrase(text.get(settings.smtpAuth() ? "auth.required" : "auth.none"), fonts.bold(9.5f))));
            }
            return table;
        }

        private void row(PdfPTable table, boolean exchange, String label, String incoming, String outgoing) {
            table.addCell(label(label));
            float width = (right - left) * (exchange ? 0.74f : 0.37f) - 10;
            table.addCell(boxed(value(incoming, width)));
            if (!exchange) {
                table.addCell(boxed(value(outgoing, width)));
            }
        }

        private Phrase value(String content, float width) {
            return fitted(content, fonts.bold, 10.5f, width);
        }

        /**
         * A value the customer types, on one line: a break at a dot or a hyphen would read as two
         * things to type, so a value too wide for {@code width} gets smaller type instead, and
         * wraps (after a dot) only when even {@link #SMALLEST_VALUE} is too wide.
         */
        private Phrase fitted(String content, BaseFont font, float size, float width) {
            return fitted(content, new Font(font, size), size, width);
        }

        private Phrase fitted(String content, Font like, float size, float width) {
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

        /** The user name, big and framed (the classic trap), beside the password line. */
        private PdfPTable credentials(MailboxSheet sheet) {
            PdfPTable table = new PdfPTable(new float[] {62, 38});
            table.setWidthPercentage(100);
            table.setSpacingAfter(8);
            UsernameFormat format = sheet.settings().usernameFormat();
            String username = SheetValues.username(sheet);
            PdfPCell user = new PdfPCell();
            user.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
            user.addElement(paragraph(text.get("username.label"), fonts.regular(9), 0, 3));
            // The box's width less its padding (8 each side) and border.
            float boxWidth = (right - left) * 0.62f - 19;
            Paragraph name = new Paragraph(fitted(username, fonts.mono, 14, boxWidth));
            name.setLeading(0, 1.2f);
            name.setSpacingAfter(3);
            user.addElement(name);
            Font explanation = format.kind() == UsernameFormat.Kind.LOCAL_PART ? fonts.bold(9) : fonts.regular(9);
            user.addElement(paragraph("(" + text.get("username." + format.kind().name()) + ")", explanation, 0, 0));
            EmailAddress address = sheet.mailbox().address();
            if (format.kind() == UsernameFormat.Kind.FULL_ADDRESS && address.domain().isInternationalized()) {
                // The Unicode address is the one to type; the ASCII spelling only for a device that refuses it.
                Paragraph fallback = new Paragraph();
                fallback.setLeading(0, 1.2f);
                Font grey = SheetFonts.grey(fonts.regular(8));
                for (SheetText.Segment segment : SheetText.segments(text.get("idn.username"), Map.of("ascii", address.ascii()))) {
                    fallback.addAll(segment.value() ? fitted(segment.text(), grey, 8, boxWidth) : fonts.chunks(segment.text(), grey));
                }
                user.addElement(fallback);
            }
            framed(user, 0.93f, 1.4f);
            table.addCell(user);

            PdfPCell password = new PdfPCell();
            password.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
            password.addElement(paragraph(text.get("password.label"), fonts.regular(9), 0, 3));
            if (sheet.password().isPresent()) {
                password.addElement(paragraph(new String(sheet.password().get()), fonts.mono(12), 0, 0));
            } else {
                // A line to write on: underlined no-break spaces, as long as the box is wide.
                Chunk blank = new Chunk("\u00a0".repeat(20), fonts.mono(14));
                blank.setUnderline(0.6f, -3f);
                Paragraph line = new Paragraph(blank);
                line.setLeading(0, 1.2f);
                line.setSpacingAfter(2);
                password.addElement(line);
                password.addElement(paragraph("(" + text.get("password.given") + ")", SheetFonts.grey(fonts.regular(8.5f)), 0, 0));
            }
            framed(password, 1f, 0.8f);
            table.addCell(password);
            return table;
        }

        private Paragraph verification(MailboxSheet sheet) {
            String line = sheet.lastSuccess().map(success -> {
                String key = success.incoming() && success.outgoing() ? "verified.both"
                        : success.incoming() ? "verified.incoming" : "verified.outgoing";
                return text.fill(key, Map.of("date", text.dateTime(ZonedDateTime.ofInstant(success.at(), zone))));
            }).orElse(text.get("verified.never"));
            String mark = sheet.lastSuccess().isPresent() ? "✔ " : "○ ";
            Paragraph paragraph = new Paragraph();
            paragraph.add(new Chunk(mark, fonts.bold(9.5f)));
            paragraph.addAll(fonts.chunks(line, fonts.regular(9.5f)));
            paragraph.setSpacingAfter(6);
            return paragraph;
        }

        /** The device steps in two columns, in the largest type size that fits the space left. */
        private void steps(MailboxSheet sheet, Map<String, String> values, float y) {
            ColumnText heading = column(y, bottom + FOOTER_HEIGHT);
            heading.addElement(paragraph(text.get("steps.title"), fonts.bold(12), 0, 4));
            go(heading, false);
            float stepsTop = heading.getYLine();
            float stepsBottom = bottom + FOOTER_HEIGHT + 4;
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
                    .max(java.util.Comparator.comparingInt(field -> values.get(field.getValue()).length()));
        }

        private boolean twoColumns(MailboxSheet sheet, Map<String, String> values, float size, float columnTop,
                                   float columnBottom, boolean simulate) {
            ColumnText column = new ColumnText(canvas);
            for (Device device : job.orderedDevices()) {
                column.addElement(deviceSteps(device, sheet.settings(), values, size));
            }
            float middle = (left + right) / 2;
            column.setSimpleColumn(left, columnBottom, middle - GUTTER / 2, columnTop);
            int status = go(column, simulate);
            if (ColumnText.hasMoreText(status)) {
                column.setSimpleColumn(middle + GUTTER / 2, columnBottom, right, columnTop);
                column.setYLine(columnTop);
                status = go(column, simulate);
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
            PdfPCell title = cell(new Phrase(text.get("device." + device.code()), fonts.bold(size + 1.5f)), 1);
            title.setColspan(2);
            title.setPaddingBottom(2);
            table.addCell(title);
            String prefix = "device." + device.code() + (settings.type() == MailboxType.EXCHANGE ? ".exchange." : ".mail.");
            for (int step = 1; text.find(prefix + step).isPresent(); step++) {
                String key = prefix + step;
                if (!settings.smtpAuth() && text.find(key + ".noauth").isPresent()) {
                    key = key + ".noauth";
                }
                PdfPCell number = cell(new Phrase(step + ".", fonts.bold(size)), 1);
                // The same leading as the step's text, so the number sits on the text's first line.
                number.setLeading(0, 1.2f);
                table.addCell(number);
                Phrase phrase = new Phrase();
                for (SheetText.Segment segment : SheetText.segments(text.get(key), values)) {
                    // Chunks, not nested phrases: a nested phrase's own leading would lower the step's first line.
                    phrase.addAll(segment.value() ? fitted(segment.text(), fonts.bold, size, textWidth)
                            : fonts.chunks(segment.text(), fonts.regular(size)));
                }
                PdfPCell stepCell = cell(phrase, 1);
                stepCell.setLeading(0, 1.2f);
                table.addCell(stepCell);
            }
            return table;
        }

        private ColumnText column(float upper, float lower) {
            ColumnText column = new ColumnText(canvas);
            column.setSimpleColumn(left, lower, right, upper);
            return column;
        }

        private int go(ColumnText column, boolean simulate) {
            // Left-to-right pages, but with the Unicode bidi algorithm: a Hebrew or Arabic name reads right to left.
            column.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
            try {
                return column.go(simulate);
            } catch (DocumentException e) {
                throw new IllegalStateException("Could not lay out the setup sheet: " + e.getMessage(), e);
            }
        }

        private Paragraph paragraph(String content, Font font, float before, float after) {
            Paragraph paragraph = new Paragraph(fonts.phrase(content, font));
            paragraph.setLeading(0, 1.2f);
            paragraph.setSpacingBefore(before);
            paragraph.setSpacingAfter(after);
            return paragraph;
        }

        private Paragraph aligned(Paragraph paragraph) {
            paragraph.setAlignment(Element.ALIGN_RIGHT);
            return paragraph;
        }

        private PdfPCell label(String content) {
            PdfPCell cell = cell(fonts.phrase(content, SheetFonts.grey(fonts.regular(9.5f))), 3);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            return cell;
        }

        private PdfPCell headerCell(String content) {
            PdfPCell cell = cell(fonts.phrase(content, fonts.bold(9.5f)), 4);
            cell.setBackgroundColor(new GrayColor(0.9f));
            return cell;
        }

        private PdfPCell boxed(Phrase phrase) {
            PdfPCell cell = cell(phrase, 4);
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderWidthBottom(0.4f);
            cell.setBorderColorBottom(new GrayColor(0.75f));
            return cell;
        }

        private PdfPCell cell(Phrase phrase, float padding) {
            PdfPCell cell = new PdfPCell(phrase);
            cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(padding);
            return cell;
        }

        private void framed(PdfPCell cell, float grey, float borderWidth) {
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

    private static List<String> nonBlank(String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).map(String::strip).toList();
    }
}
