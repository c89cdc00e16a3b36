package ch.mailbench.app.sample;

import ch.mailbench.core.model.Customer;
import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.LastCheck;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.MailboxType;
import ch.mailbench.core.model.Outcome;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.SheetLanguage;
import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.core.port.Repositories;
import ch.mailbench.core.port.Store;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * A made-up but realistic customer base for the benchmark: Swiss small businesses with accented
 * names and IDN domains, a few hosting providers, mailboxes with a mix of check results. The same
 * seed always gives the same data.
 */
public final class SampleData {

    private static final List<String> TRADES = List.of("Boulangerie", "Garage", "Cabinet", "Zahnarztpraxis", "Café",
            "Fiduciaire", "Schreinerei", "Pharmacie", "Bäckerei", "Coiffure", "Immobilien", "Étude", "Physiothérapie",
            "Weinbau", "Auto-école", "Architekturbüro", "Librairie", "Metzgerei", "Hôtel", "Treuhand");
    private static final List<String> NAMES = List.of("Dupont", "Müller", "Meier", "Rossi", "Martin", "Favre", "Schmid",
            "Keller", "Bühler", "Gerber", "Rochat", "Perret", "Zürcher", "Lévêque", "Brügger", "Bonvin", "Moret",
            "Hürlimann", "Crettenand", "Fässler", "Gauthier", "Steiner", "Chappuis", "Bärtschi", "Nicolet");
    private static final List<String> FIRST_NAMES = List.of("Marie", "Paul", "Anna", "Luca", "Élodie", "Jürg", "Sophie",
            "Thomas", "Chloé", "Reto", "Nadia", "Pascal", "Sabine", "Urs", "Léa", "Marco");
    private static final List<String> LOCAL_PARTS = List.of("info", "contact", "compta", "admin", "office", "buero",
            "secretariat", "facturation", "rh", "vente", "atelier", "technik");
    private static final List<String> ENDINGS = List.of("ch", "ch", "ch", "com", "swiss");
    private static final List<Provider> PROVIDERS = List.of(
            new Provider("Infomaniak", "mail.infomaniak.com", "mail.infomaniak.com", UsernameFormat.FULL_ADDRESS),
            new Provider("OVH", "ssl0.ovh.net", "ssl0.ovh.net", UsernameFormat.FULL_ADDRESS),
            new Provider("Hostpoint", "imap.mail.hostpoint.ch", "asmtp.mail.hostpoint.ch", UsernameFormat.FULL_ADDRESS),
            new Provider("Swisscom", "imaps.bluewin.ch", "smtpauths.bluewin.ch", UsernameFormat.LOCAL_PART),
            new Provider("Cyon", "mail.cyon.ch", "mail.cyon.ch", UsernameFormat.FULL_ADDRESS));

    private final Random random;
    private final Instant now;

    public SampleData(long seed, Instant now) {
        this.random = new Random(seed);
        this.now = now;
    }

    /** Writes {@code customers} customers with {@code mailboxes} mailboxes in all, in one transaction. */
    public void write(Store store, int customers, int mailboxes) {
        store.inTransaction(repositories -> {
            int left = mailboxes;
            for (int i = 0; i < customers; i++) {
                int share = i == customers - 1 ? left : Math.min(left, spread(mailboxes, customers));
                left -= share;
                writeCustomer(repositories, i, share);
            }
            return null;
        });
    }

    /** Around the average, so some customers have one mailbox and some twenty. */
    private int spread(int mailboxes, int customers) {
        int average = Math.max(1, mailboxes / customers);
        return Math.max(1, average / 2 + random.nextInt(average + 1));
    }

    private void writeCustomer(Repositories repositories, int number, int mailboxCount) {
        String family = pick(NAMES);
        String first = pick(FIRST_NAMES);
        String name = pick(TRADES) + " " + family + " " + (number + 1);
        SheetLanguage language = SheetLanguage.values()[random.nextInt(3)];
        Customer customer = repositories.customers().insert(Customer.create(name, language)
                .withContact(first + " " + family, "+41 " + (21 + random.nextInt(70)) + " " + (100 + random.nextInt(900))
                        + " " + (10 + random.nextInt(90)) + " " + (10 + random.nextInt(90)), ""));
        Provider provider = pick(PROVIDERS);
        String label = slug(family) + (number + 1);
        MailDomain domain = repositories.domains().insert(MailDomain.create(customer.id(),
                DomainName.of(label + "." + pick(ENDINGS)), provider.name(), provider.settings()));
        for (int m = 0; m < mailboxCount; m++) {
            String local = m < LOCAL_PARTS.size() ? LOCAL_PARTS.get(m) : ascii(pick(FIRST_NAMES)) + "." + m;
            Mailbox mailbox = Mailbox.create(domain.id(), new EmailAddress(local, domain.name()), m == 0 ? name : "");
            if (random.nextInt(10) == 0) {
                mailbox = mailbox.withOwnSettings(Optional.of(provider.settings().withUsernameFormat(UsernameFormat.LOCAL_PART)));
            }
            Mailbox stored = repositories.mailboxes().insert(mailbox);
            int roll = random.nextInt(20);
            if (roll < 14) {
                Outcome outcome = roll == 0 ? Outcome.AUTH_FAILED : roll == 1 ? Outcome.TIMEOUT : Outcome.OK;
                Duration age = roll == 2 ? Duration.ofDays(40 + random.nextInt(200)) : Duration.ofMinutes(random.nextInt(60 * 24 * 20));
                repositories.mailboxes().recordLastCheck(stored.id(), new LastCheck(now.minus(age), outcome));
            }
        }
    }

    /** Keeps the accents (IDN domains are the point) but not spaces or apostrophes. */
    private static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}]+", "-");
    }

    private static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private record Provider(String name, String imap, String smtp, UsernameFormat format) {
        ServerSettings settings() {
            return ServerSettings.of(MailboxType.IMAP, Endpoint.of(imap, 993, Security.SSL_TLS),
                    Endpoint.of(smtp, 465, Security.SSL_TLS), true, format);
        }
    }
}
