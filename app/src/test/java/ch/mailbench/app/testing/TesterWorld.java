package ch.mailbench.app.testing;

import ch.mailbench.app.AppFactory;
import ch.mailbench.app.Workbench;
import ch.mailbench.core.model.Customer;
import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.MailboxType;
import ch.mailbench.core.model.Protocol;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.SheetLanguage;
import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.core.probe.testing.GreenMailServers;
import ch.mailbench.core.probe.testing.TestPki;
import ch.mailbench.core.vault.UnlockHandler;
import ch.mailbench.persistence.DatabaseLocation;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A real Mailbench database in a test folder with the bakery's customer, domain and mailboxes
 * pointing at GreenMail (IMAPS and SMTPS), passwords in the vault. Its factory trusts the test CA
 * and nothing else, handed to the {@link AppFactory} — never through a JVM-wide property, so no test
 * depends on what another set.
 */
public final class TesterWorld {

    public static final String MASTER_PASSWORD = "Correct horse battery staple";

    private final Path folder;
    private final GreenMailServers servers;
    private final Workbench workbench;
    private final MailDomain domain;

    public TesterWorld(Path folder, GreenMailServers servers) {
        this.folder = folder;
        this.servers = servers;
        this.workbench = factory().open(database(), UnlockHandler.stayLocked());
        Customer customer = workbench.store().repositories().customers().insert(Customer.create("Boulangerie Dupont", SheetLanguage.FR));
        this.domain = workbench.store().repositories().domains().insert(MailDomain.create(customer.id(),
                DomainName.of("bakery-dupont.ch"), "GreenMail", ServerSettings.of(MailboxType.IMAP,
                        servers.endpoint(Protocol.IMAP, Security.SSL_TLS), servers.endpoint(Protocol.SMTP, Security.SSL_TLS),
                        true, UsernameFormat.FULL_ADDRESS)));
        workbench.vault().setUp(MASTER_PASSWORD.toCharArray(), Duration.ofMinutes(10));
    }

    /** A factory over the test folder, with a cheap key derivation and the master password in its environment. */
    public AppFactory factory() {
        return factoryIn(folder);
    }

    /** A factory over {@code folder} that trusts the test CA, with a cheap key derivation and the master password in its environment. */
    public static AppFactory factoryIn(Path folder) {
        return factoryIn(folder, Map.of("MAILBENCH_MASTER_PASSWORD", MASTER_PASSWORD));
    }

    /** As {@link #factoryIn(Path)}, with {@code environment} as the process environment. */
    public static AppFactory factoryIn(Path folder, Map<String, String> environment) {
        return new AppFactory(new DatabaseLocation(Map.of(), "Linux", folder), Clock.systemUTC(), environment, 1_000,
                () -> TestPki.get().caTrust());
    }

    /** Unlocks the vault with {@link #MASTER_PASSWORD}, as a technician would before working with stored passwords. */
    public TesterWorld unlocked() {
        workbench.vault().unlock(MASTER_PASSWORD.toCharArray());
        return this;
    }

    public Path database() {
        return folder.resolve("mailbench.db");
    }

    public Workbench workbench() {
        return workbench;
    }

    public MailDomain domain() {
        return domain;
    }

    public GreenMailServers servers() {
        return servers;
    }

    /** A mailbox that uses the domain's settings, with its password stored. */
    public Mailbox mailbox(String address, String password) {
        Mailbox mailbox = workbench.store().repositories().mailboxes().insert(Mailbox.create(domain.id(), EmailAddress.parse(address), ""));
        workbench.vault().storePassword(mailbox.id(), password.toCharArray());
        return mailbox;
    }

    /** A mailbox with its own settings, with its password stored. */
    public Mailbox mailbox(String address, String password, Endpoint incoming, Endpoint outgoing, UsernameFormat format) {
        Mailbox mailbox = workbench.store().repositories().mailboxes().insert(Mailbox.create(domain.id(), EmailAddress.parse(address), "")
                .withOwnSettings(Optional.of(ServerSettings.of(MailboxType.IMAP, incoming, outgoing, true, format))));
        workbench.vault().storePassword(mailbox.id(), password.toCharArray());
        return mailbox;
    }
}
