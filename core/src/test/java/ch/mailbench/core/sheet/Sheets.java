package ch.mailbench.core.sheet;

import ch.mailbench.core.model.Customer;
import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.MailboxType;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.SheetLanguage;
import ch.mailbench.core.model.UsernameFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/** Sample customers and a renderer for the sheet tests. */
final class Sheets {

    static final ServerSettings INFOMANIAK = ServerSettings.of(MailboxType.IMAP,
            Endpoint.of("mail.infomaniak.com", 993, Security.SSL_TLS),
            Endpoint.of("mail.infomaniak.com", 465, Security.SSL_TLS), true, UsernameFormat.FULL_ADDRESS);
    static final ServerSettings BLUEWIN_POP = ServerSettings.of(MailboxType.POP3,
            Endpoint.of("pop3s.pop.bluewin.ch", 995, Security.SSL_TLS),
            Endpoint.of("smtpauths.bluewin.ch", 587, Security.STARTTLS), true, UsernameFormat.LOCAL_PART);
    static final ServerSettings OWN_SERVER = ServerSettings.of(MailboxType.IMAP,
            Endpoint.of("imap.garage-meier.ch", 143, Security.STARTTLS),
            Endpoint.of("smtp.garage-meier.ch", 2525, Security.STARTTLS), false, UsernameFormat.custom("gm-0042"));
    static final ShopSettings SHOP = new ShopSettings("Informatique Favre Sàrl",
            "Rue du Lac 12, 1003 Lausanne\n+41 21 555 77 88\nsupport@favre-it.ch", Optional.empty(), PaperSize.A4);
    static final Instant PRINTED = Instant.parse("2026-03-12T14:05:00Z");
    static final Instant CHECKED = Instant.parse("2026-03-10T08:30:00Z");

    private Sheets() {
    }

    static MailboxSheet sheet(String customerName, SheetLanguage language, String address, String displayName,
                              ServerSettings settings, Optional<LastSuccess> success, Optional<char[]> password) {
        Customer customer = new Customer(1, 1, customerName, "Marie Dupont", "+41 21 555 01 02", "", language, "");
        EmailAddress email = EmailAddress.parse(address);
        MailDomain domain = new MailDomain(2, 1, 1, email.domain(), "", settings);
        Mailbox mailbox = Mailbox.create(2, email, displayName).stored(3, 1);
        return new MailboxSheet(customer, domain, mailbox, settings, success, password);
    }

    static MailboxSheet dupont(SheetLanguage language) {
        return sheet("Boulangerie Dupont", language, "marie@bäckerei-dupont.ch", "Marie Dupont", INFOMANIAK,
                Optional.of(new LastSuccess(CHECKED, true, true)), Optional.empty());
    }

    static MailboxSheet bluewin(SheetLanguage language) {
        return sheet("Cabinet Rossi", language, "studio.rossi@bluewin.ch", "Studio Rossi", BLUEWIN_POP,
                Optional.of(new LastSuccess(CHECKED, true, false)), Optional.empty());
    }

    /** IDN server names and a local-part login: the longest values a sheet prints. */
    static MailboxSheet compta(SheetLanguage language) {
        return sheet("Boulangerie Dupont", language, "comptabilite@bäckerei-dupont.ch", "Comptabilité",
                ServerSettings.of(MailboxType.POP3, Endpoint.of("pop.bäckerei-dupont.ch", 110, Security.STARTTLS),
                        Endpoint.of("smtp.bäckerei-dupont.ch", 587, Security.STARTTLS), true, UsernameFormat.LOCAL_PART),
                Optional.of(new LastSuccess(CHECKED, false, true)), Optional.empty());
    }

    static MailboxSheet meier(SheetLanguage language) {
        return sheet("Garage Meier AG", language, "werkstatt@garage-meier.ch", "Werkstatt", OWN_SERVER,
                Optional.empty(), Optional.empty());
    }

    /** A 40-character host name at a hosting provider, and a 30-character local part on the customer's domain. */
    static final String LONG_DOMAIN = "mueller-partner-zh.ch";
    static final String LONG_HOST = "imap-eu-central.mailhosting-provider.com";
    static final String LONG_LOCAL_PART = "hans.mueller-buchhaltung.abt12";

    static MailboxSheet longNames(SheetLanguage language, UsernameFormat format) {
        ServerSettings settings = ServerSettings.of(MailboxType.IMAP, Endpoint.of(LONG_HOST, 993, Security.SSL_TLS),
                Endpoint.of("smtp-eu-central.mailhosting-provider.com", 465, Security.SSL_TLS), true, format);
        return sheet("Treuhand Müller & Partner AG", language, LONG_LOCAL_PART + "@" + LONG_DOMAIN, "Hans Müller, Buchhaltung",
                settings, Optional.of(new LastSuccess(CHECKED, true, true)), Optional.empty());
    }

    static SheetJob job(MailboxSheet sheet, SheetLanguage language) {
        return new SheetJob(java.util.List.of(sheet), false, language, SheetOptions.DEFAULT_DEVICES, SHOP, PRINTED);
    }

    static byte[] render(SheetRenderer renderer, SheetJob job) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(job, out);
        return out.toByteArray();
    }

    static SheetRenderer renderer() {
        return new SheetRenderer(ZoneId.of("Europe/Zurich"));
    }

    record Pdf(int pages, String text) {

        /** The text with every run of white space (line breaks from wrapping included) as one space. */
        String flat() {
            return text.replaceAll("\\s+", " ");
        }
    }

    static Pdf read(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new Pdf(document.getNumberOfPages(), new PDFTextStripper().getText(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
