package ch.mailbench.app.sample;

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
import ch.mailbench.core.sheet.LastSuccess;
import ch.mailbench.core.sheet.MailboxSheet;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Sample sheets over made-up mailboxes: the self-test prints one, the sheet benchmark many. */
public final class SampleSheets {

    private SampleSheets() {
    }

    /** Sample mailboxes alternating the kinds of settings a sheet prints. */
    public static List<MailboxSheet> sheets(int count) {
        Customer customer = new Customer(1, 1, "Boulangerie Dupont", "Marie Dupont", "+41 21 555 01 02", "", SheetLanguage.FR, "");
        ServerSettings imap = ServerSettings.of(MailboxType.IMAP, Endpoint.of("mail.infomaniak.com", 993, Security.SSL_TLS),
                Endpoint.of("mail.infomaniak.com", 465, Security.SSL_TLS), true, UsernameFormat.FULL_ADDRESS);
        ServerSettings pop = ServerSettings.of(MailboxType.POP3, Endpoint.of("pop.bäckerei-dupont.ch", 110, Security.STARTTLS),
                Endpoint.of("smtp.bäckerei-dupont.ch", 587, Security.STARTTLS), true, UsernameFormat.LOCAL_PART);
        MailDomain domain = new MailDomain(1, 1, 1, DomainName.of("bäckerei-dupont.ch"), "Infomaniak", imap);
        List<MailboxSheet> sheets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Mailbox mailbox = Mailbox.create(1, EmailAddress.parse("employe" + i + "@bäckerei-dupont.ch"), "Employé " + i).stored(i + 1, 1);
            sheets.add(new MailboxSheet(customer, domain, mailbox, i % 2 == 0 ? imap : pop,
                    Optional.of(new LastSuccess(Instant.parse("2026-03-10T08:30:00Z"), true, true)), Optional.empty()));
        }
        return sheets;
    }
}
