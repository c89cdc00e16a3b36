package ch.mailbench.app.testing;

import ch.mailbench.app.AppFactory;
import ch.mailbench.app.Workbench;
import ch.mailbench.core.model.Customer;
import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.SheetLanguage;
import ch.mailbench.persistence.DatabaseLocation;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * A workbench over its own SQLite file in the test's folder, holding one customer (Garage Meier),
 * its domain garage-meier.ch and the mailbox info@garage-meier.ch, with the vault set up and
 * unlocked: the starting point of the console tests about one mailbox.
 */
public record GarageMeier(Workbench workbench, MailDomain domain, Mailbox mailbox) {

    public static final String MASTER_PASSWORD = "a long master password";

    /** With the domain's servers not known yet. */
    public static GarageMeier in(Path folder) {
        return in(folder, "", ServerSettings.unknown());
    }

    /** With the domain at {@code provider} on {@code servers}. */
    public static GarageMeier in(Path folder, String provider, ServerSettings servers) {
        return in(folder, provider, servers, Clock.systemUTC());
    }

    /** With the servers not known yet, at the time {@code clock} tells (dates shown by the console). */
    public static GarageMeier in(Path folder, Clock clock) {
        return in(folder, "", ServerSettings.unknown(), clock);
    }

    private static GarageMeier in(Path folder, String provider, ServerSettings servers, Clock clock) {
        Workbench workbench = new AppFactory(new DatabaseLocation(Map.of(), "Linux", folder), clock, Map.of(), 1_000)
                .open(folder.resolve("m.db"));
        Customer customer = workbench.store().repositories().customers().insert(Customer.create("Garage Meier", SheetLanguage.DE));
        MailDomain domain = workbench.store().repositories().domains().insert(
                MailDomain.create(customer.id(), DomainName.of("garage-meier.ch"), provider, servers));
        Mailbox mailbox = workbench.store().repositories().mailboxes().insert(
                Mailbox.create(domain.id(), EmailAddress.parse("info@garage-meier.ch"), "Info"));
        workbench.vault().setUp(MASTER_PASSWORD.toCharArray(), Duration.ofMinutes(15));
        return new GarageMeier(workbench, domain, mailbox);
    }
}
