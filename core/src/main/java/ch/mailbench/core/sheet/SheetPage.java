package ch.mailbench.core.sheet;

import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.MailboxType;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.UsernameFormat;
import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Arrays;

/**
 * Draws the pages of one document in fixed regions: header (logo, shop), facts (address, servers,
 * user name and password, last verification), device steps ({@link SheetSteps}), footer.
 */
final class SheetPage {

    static final float HEADER_HEIGHT = 52;

    private final PageArea area;
    private final SheetJob job;
    private final SheetText text;
    private final SheetFonts fonts;
    private final SheetCells cells;
    private final ZoneId zone;
    private final Optional<Image> logo;
    private final PdfContentByte canvas;
    private final float left;
    private final float right;
    private final float top;
    private final float bottom;
    private final String printedOn;

    SheetPage(PageArea area, SheetJob job, SheetText text, SheetFonts fonts, ZoneId zone, Optional<Image> logo) {
        this.area = area;
        this.job = job;
        this.text = text;
        this.fonts = fonts;
        this.cells = new SheetCells(fonts);
        this.zone = zone;
        this.logo = logo;
        this.canvas = area.canvas();
        this.left = area.left();
        this.right = area.right();
        this.top = area.top();
        this.bottom = area.bottom();
        this.printedOn = text.fill("footer.printed", Map.of("date", text.date(ZonedDateTime.ofInstant(job.printedAt(), zone))));
    }

    /** Draws the page of one mailbox: header, facts, device steps, footer. */
    void sheet(MailboxSheet sheet) {
        Map<String, String> values = SheetValues.of(sheet, text);
        float y = header();
        ColumnText facts = area.column(y, bottom + PageArea.FOOTER_HEIGHT);
        facts.addElement(title(text.get("title"), text.fill("subtitle", values)));
        facts.addElement(mailbox(sheet));
        facts.addElement(servers(sheet.settings()));
        facts.addElement(credentials(sheet));
        facts.addElement(verification(sheet));
        sheet.modernAuthProvider().ifPresent(provider -> facts.addElement(
                cells.paragraph(text.fill("modernAuth", Map.of("provider", provider)), fonts.bold(9.5f), 0, 4)));
        PageArea.go(facts, false);
        new SheetSteps(area, job, text, fonts, cells).draw(sheet, values, facts.getYLine() - 4);
        footer();
    }

    /** Draws the cover page: the customer, what the sheets are, an index of the mailboxes, the shop to call. */
    void cover() {
        MailboxSheet first = job.sheets().get(0);
        float y = header();
        ColumnText column = area.column(y, bottom + PageArea.FOOTER_HEIGHT);
        column.addElement(title(text.get("cover.title"), first.customer().name()));
        String contact = String.join(" · ", nonBlank(first.customer().contactPerson(), first.customer().phone(), first.customer().email()));
        if (!contact.isEmpty()) {
            column.addElement(cells.paragraph(contact, fonts.regular(10), 0, 6));
        }
        boolean passwords = job.sheets().stream().anyMatch(s -> s.password().isPresent());
        column.addElement(cells.paragraph(text.get(passwords ? "cover.introPassword" : "cover.intro"), fonts.regular(10.5f), 8, 14));
        column.addElement(cells.paragraph(text.fill("cover.mailboxes", Map.of("count", text.number(job.sheets().size()))),
                fonts.bold(11), 4, 6));
        column.addElement(mailboxIndex());
        if (!job.shop().name().isEmpty() || !job.shop().contact().isEmpty()) {
            column.addElement(cells.paragraph(text.get("cover.contact"), fonts.bold(10), 22, 2));
            column.addElement(cells.paragraph(job.shop().name(), fonts.bold(10), 0, 0));
            column.addElement(cells.paragraph(job.shop().contact(), fonts.regular(10), 0, 0));
        }
        PageArea.go(column, false);
        footer();
    }

    private PdfPTable mailboxIndex() {
        PdfPTable table = new PdfPTable(new float[] {46, 40, 14});
        table.setWidthPercentage(100);
        int page = 2;
        for (MailboxSheet sheet : job.sheets()) {
            table.addCell(cells.cell(cells.fitted(sheet.mailbox().address().unicode(), fonts.bold, 9.5f, (right - left) * 0.46f - 6), 3));
            table.addCell(cells.cell(cells.fitted(SheetValues.username(sheet), fonts.mono, 9, (right - left) * 0.40f - 6), 3));
            PdfPCell pageCell = cells.cell(new Phrase(text.fill("cover.page", Map.of("page", text.number(page))), fonts.regular(9)), 3);
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
            column.addElement(cells.aligned(cells.paragraph(shop.name(), fonts.bold(11), 0, 1)));
        }
        for (String line : shop.contact().split("\\R")) {
            if (!line.isBlank()) {
                column.addElement(cells.aligned(cells.paragraph(line.strip(), SheetFonts.grey(fonts.regular(8)), 0, 0)));
            }
        }
        PageArea.go(column, false);
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
        Phrase addressPhrase = cells.fitted(address.unicode(), fonts.bold, 13, (right - left) * 0.74f - 6);
        table.addCell(cells.label(text.get("label.address")));
        PdfPCell addressCell = cells.cell(addressPhrase, 2);
        if (address.domain().isInternationalized()) {
            Paragraph note = new Paragraph();
            note.setLeading(0, 1.2f);
            for (SheetText.Segment segment : SheetText.segments(text.get("idn.ascii"), Map.of("ascii", address.ascii()))) {
                Font grey = SheetFonts.grey(fonts.regular(8));
                note.addAll(segment.value() ? cells.fitted(segment.text(), grey, 8, (right - left) * 0.74f - 6) : fonts.chunks(segment.text(), grey));
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
            table.addCell(cells.label(text.get("label.name")));
            table.addCell(cells.cell(fonts.phrase(sheet.mailbox().displayName(), fonts.regular(10)), 2));
        }
        table.addCell(cells.label(text.get("label.accountType")));
        table.addCell(cells.cell(new Phrase(text.get("type." + sheet.settings().type().name()), fonts.regular(10)), 2));
        return table;
    }

    private PdfPTable servers(ServerSettings settings) {
        boolean exchange = settings.type() == MailboxType.EXCHANGE;
        PdfPTable table = exchange ? new PdfPTable(new float[] {26, 74}) : new PdfPTable(new float[] {26, 37, 37});
        table.setWidthPercentage(100);
        table.setSpacingAfter(8);
        String protocol = settings.type() == MailboxType.POP3 ? "POP3" : "IMAP";
        table.addCell(cells.headerCell(""));
        table.addCell(cells.headerCell(exchange ? text.get("column.exchange") : text.fill("column.incoming", Map.of("protocol", protocol))));
        if (!exchange) {
            table.addCell(cells.headerCell(text.get("column.outgoing")));
        }
        String unknown = text.get("unknown");
        row(table, exchange, text.get("row.server"),
                settings.incoming().map(e -> e.host().ascii()).orElse(unknown),
                settings.outgoing().map(e -> e.host().ascii()).orElse(unknown));
        if (exchange) {
            // An Exchange server has no port or security to type (see ServerSettings): the device finds them.
            table.addCell(cells.label(""));
            table.addCell(cells.cell(fonts.phrase(text.get("exchange.note"), SheetFonts.grey(fonts.regular(8.5f))), 3));
            return table;
        }
        row(table, exchange, text.get("row.port"),
                settings.incoming().map(e -> Integer.toString(e.port().number())).orElse(unknown),
                settings.outgoing().map(e -> Integer.toString(e.port().number())).orElse(unknown));
        row(table, exchange, text.get("row.security"),
                settings.incoming().map(e -> SheetValues.security(e.security(), text)).orElse(unknown),
                settings.outgoing().map(e -> SheetValues.security(e.security(), text)).orElse(unknown));
        if (!exchange) {
            table.addCell(cells.label(text.get("row.authentication")));
            table.addCell(cells.boxed(new Phrase(text.get("auth.incoming"), fonts.regular(9.5f))));
            table.addCell(cells.boxed(new Phrase(text.get(settings.smtpAuth() ? "auth.required" : "auth.none"), fonts.bold(9.5f))));
        }
        return table;
    }

    private void row(PdfPTable table, boolean exchange, String label, String incoming, String outgoing) {
        table.addCell(cells.label(label));
        float width = (right - left) * (exchange ? 0.74f : 0.37f) - 10;
        table.addCell(cells.boxed(value(incoming, width)));
        if (!exchange) {
            table.addCell(cells.boxed(value(outgoing, width)));
        }
    }

    private Phrase value(String content, float width) {
        return cells.fitted(content, fonts.bold, 10.5f, width);
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
        user.addElement(cells.paragraph(text.get("username.label"), fonts.regular(9), 0, 3));
        // The box's width less its padding (8 each side) and border.
        float boxWidth = (right - left) * 0.62f - 19;
        Paragraph name = new Paragraph(cells.fitted(username, fonts.mono, 14, boxWidth));
        name.setLeading(0, 1.2f);
        name.setSpacingAfter(3);
        user.addElement(name);
        Font explanation = format.kind() == UsernameFormat.Kind.LOCAL_PART ? fonts.bold(9) : fonts.regular(9);
        user.addElement(cells.paragraph("(" + text.get("username." + format.kind().name()) + ")", explanation, 0, 0));
        EmailAddress address = sheet.mailbox().address();
        if (format.kind() == UsernameFormat.Kind.FULL_ADDRESS && address.domain().isInternationalized()) {
            // The Unicode address is the one to type; the ASCII spelling only for a device that refuses it.
            Paragraph fallback = new Paragraph();
            fallback.setLeading(0, 1.2f);
            Font grey = SheetFonts.grey(fonts.regular(8));
            for (SheetText.Segment segment : SheetText.segments(text.get("idn.username"), Map.of("ascii", address.ascii()))) {
                fallback.addAll(segment.value() ? cells.fitted(segment.text(), grey, 8, boxWidth) : fonts.chunks(segment.text(), grey));
            }
            user.addElement(fallback);
        }
        cells.framed(user, 0.93f, 1.4f);
        table.addCell(user);

        PdfPCell password = new PdfPCell();
        password.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        password.addElement(cells.paragraph(text.get("password.label"), fonts.regular(9), 0, 3));
        if (sheet.password().isPresent()) {
            password.addElement(cells.paragraph(new String(sheet.password().get()), fonts.mono(12), 0, 0));
        } else {
            // A line to write on: underlined no-break spaces, as long as the box is wide.
            Chunk blank = new Chunk("\u00a0".repeat(20), fonts.mono(14));
            blank.setUnderline(0.6f, -3f);
            Paragraph line = new Paragraph(blank);
            line.setLeading(0, 1.2f);
            line.setSpacingAfter(2);
            password.addElement(line);
            password.addElement(cells.paragraph("(" + text.get("password.given") + ")", SheetFonts.grey(fonts.regular(8.5f)), 0, 0));
        }
        cells.framed(password, 1f, 0.8f);
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

private static List<String> nonBlank(String... parts) {
    return Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).map(String::strip).toList();
}
}
