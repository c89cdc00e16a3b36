package ch.mailbench.persistence;

import ch.mailbench.core.directory.CustomerDirectory;
import ch.mailbench.core.directory.CustomerFile;
import ch.mailbench.core.directory.CustomerIndex;
import ch.mailbench.core.directory.CustomerSummary;
import ch.mailbench.core.directory.DeletionImpact;
import ch.mailbench.core.directory.MailboxSettings;
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
import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.core.port.Repositories;
import ch.mailbench.core.port.StaleDataException;
import ch.mailbench.core.vault.EncryptedSecret;
import ch.mailbench.persistence.testing.BothDialects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The customer list's read model on SQLite and on PostgreSQL. */
class CustomerDirectoryTest extends BothDialects {

    private Repositories repositories;
    private CustomerDirectory directory;

    @BeforeEach
    void openDatabase() {
        Database database = databases.open("m.db", Clock.systemUTC());
        JooqStore store = new JooqStore(database);
        repositories = store.repositories();
        directory = new CustomerDirectory(store, new JooqCustomerSummaries(database));
    }

    @Test
    void summariesFindCustomersByUnicodeDomainAndMailboxAddress() {
        Cafe cafe = cafeWithAFailingMailboxBesideGarageMuller();

        CustomerIndex index = directory.loadIndex(Locale.FRENCH);

        assertThat(index.all()).extracting(CustomerSummary::name).containsExactly("Café Martin", "Garage Müller");
        assertThat(index.filter("cafe-martin")).extracting(CustomerSummary::name).containsExactly("Café Martin");
        assertThat(index.filter("commandes@cafe")).extracting(CustomerSummary::name).containsExactly("Café Martin");
        assertThat(index.filter("muller")).extracting(CustomerSummary::name).containsExactly("Garage Müller");
        assertThat(index.byId(cafe.customer().id())).hasValueSatisfying(s -> {
            assertThat(s.mailboxCount()).isEqualTo(2);
            assertThat(s.failingCount()).isEqualTo(1);
        });
    }

    @Test
    void theQuickListSearchesTheCustomerRowsAndTheCompletedOneTheAddressesToo() {
        Cafe cafe = cafeWithAFailingMailboxBesideGarageMuller();

        CustomerIndex listed = directory.loadListIndex(Locale.FRENCH);

        assertThat(listed.isComplete()).isFalse();
        assertThat(listed.all()).extracting(CustomerSummary::name).containsExactly("Café Martin", "Garage Müller");
        assertThat(listed.byId(cafe.customer().id())).hasValueSatisfying(s -> assertThat(s.failingCount()).isEqualTo(1));
        assertThat(listed.filter("muller")).extracting(CustomerSummary::name).containsExactly("Garage Müller");
        assertThat(listed.filter("commandes@cafe")).isEmpty();

        CustomerIndex complete = directory.completeIndex(listed);

        assertThat(complete.isComplete()).isTrue();
        assertThat(complete.all()).isEqualTo(directory.loadIndex(Locale.FRENCH).all());
        assertThat(complete.filter("commandes@cafe")).extracting(CustomerSummary::name).containsExactly("Café Martin");
        // Nothing absent is searched as the word "null".
        assertThat(complete.filter("null")).isEmpty();
    }

    private Cafe cafeWithAFailingMailboxBesideGarageMuller() {
        Cafe cafe = cafe();
        repositories.mailboxes().recordLastCheck(cafe.orders().id(), new LastCheck(Instant.now(), Outcome.AUTH_FAILED));
        TestData.customer(repositories, "Garage Müller");
        return cafe;
    }

    @Test
    void opensACustomerWithItsDomainsAndMailboxes() {
        Customer customer = TestData.customer(repositories, "Boulangerie Dupont");
        MailDomain domain = TestData.domain(repositories, customer, "dupont.ch");
        TestData.mailbox(repositories, domain, "marie");

        CustomerFile file = directory.open(customer.id()).orElseThrow();

        assertThat(file.domains()).containsExactly(domain);
        assertThat(file.mailboxes()).extracting(m -> m.address().localPart()).containsExactly("marie");
        assertThat(directory.open(9999)).isEmpty();
    }

    @Test
    void opensACustomerWithWhenEachOfItsPasswordsWasSetAndNoOtherCustomersPasswords() {
        Cafe cafe = cafe();
        Customer garage = TestData.customer(repositories, "Garage Müller");
        Mailbox werkstatt = TestData.mailbox(repositories, TestData.domain(repositories, garage, "garage-mueller.ch"), "werkstatt");
        Instant setAt = Instant.parse("2026-11-30T09:15:00Z");
        EncryptedSecret sealed = new EncryptedSecret(new byte[EncryptedSecret.NONCE_BYTES], new byte[] {1, 2, 3});
        repositories.secrets().put(cafe.orders().id(), sealed, Optional.of(setAt));
        repositories.secrets().put(cafe.info().id(), sealed, Optional.empty());
        repositories.secrets().put(werkstatt.id(), sealed, Optional.of(setAt));

        CustomerFile file = directory.open(cafe.customer().id()).orElseThrow();

        assertThat(file.passwords()).containsOnlyKeys(cafe.orders().id(), cafe.info().id());
        assertThat(file.passwordSetAt(cafe.orders())).contains(setAt);
        assertThat(file.hasPassword(cafe.info())).isTrue();
        assertThat(file.passwordSetAt(cafe.info())).isEmpty();
        assertThat(repositories.secrets().passwordDates()).containsOnlyKeys(cafe.orders().id(), cafe.info().id(), werkstatt.id());
    }

    @Test
    void changingTheDomainsServersMovesMailboxesThatUsedThem() {
        Customer customer = TestData.customer(repositories, "Boulangerie Dupont");
        MailDomain domain = TestData.domain(repositories, customer, "dupont.ch");
        Mailbox localPart = directory.save(Mailbox.create(domain.id(), new ch.mailbench.core.model.EmailAddress("paul", domain.name()), "")
                .withOwnSettings(MailboxSettings.onDomainServers(domain, UsernameFormat.LOCAL_PART)));
        ServerSettings moved = ServerSettings.of(MailboxType.IMAP, Endpoint.of("imap.newhost.ch", 993, Security.SSL_TLS),
                Endpoint.of("smtp.newhost.ch", 587, Security.STARTTLS), true, UsernameFormat.FULL_ADDRESS);

        MailDomain saved = directory.save(domain.withDefaults(moved));

        Mailbox reloaded = repositories.mailboxes().findById(localPart.id()).orElseThrow();
        assertThat(reloaded.ownSettings()).contains(moved.withUsernameFormat(UsernameFormat.LOCAL_PART));
        assertThat(MailboxSettings.usesDomainServers(reloaded, saved)).isTrue();
    }

    @Test
    void aStaleDomainEditIsRefused() {
        Customer customer = TestData.customer(repositories, "Boulangerie Dupont");
        MailDomain opened = TestData.domain(repositories, customer, "dupont.ch");
        directory.save(opened.withProvider("OVH"));

        assertThatThrownBy(() -> directory.save(opened.withProvider("Infomaniak"))).isInstanceOf(StaleDataException.class);
        assertThat(repositories.domains().findById(opened.id()).orElseThrow().provider()).isEqualTo("OVH");
    }

    @Test
    void theImpactOfADeletionCountsWhatGoesWithIt() {
        Customer customer = TestData.customer(repositories, "Boulangerie Dupont");
        MailDomain first = TestData.domain(repositories, customer, "dupont.ch");
        MailDomain second = TestData.domain(repositories, customer, "dupont.com");
        TestData.mailbox(repositories, first, "marie");
        TestData.mailbox(repositories, first, "paul");
        TestData.mailbox(repositories, second, "info");

        assertThat(directory.impactOfDeleting(customer)).isEqualTo(new DeletionImpact(2, 3));
        assertThat(directory.impactOfDeleting(first)).isEqualTo(new DeletionImpact(0, 2));

        directory.delete(first);
        assertThat(directory.open(customer.id()).orElseThrow().mailboxes()).hasSize(1);
    }

    private static final ServerSettings FOUND = ServerSettings.of(MailboxType.IMAP,
            Endpoint.of("imap.found.test", 993, Security.SSL_TLS), Endpoint.of("smtp.found.test", 465, Security.SSL_TLS),
            true, UsernameFormat.FULL_ADDRESS);

    @Test
    void discoveredSettingsBecomeTheDomainsDefaultsAndItsMailboxesFollow() {
        Customer customer = TestData.customer(repositories, "Boulangerie Dupont");
        MailDomain domain = TestData.domain(repositories, customer, "dupont.ch");
        Mailbox inheriting = TestData.mailbox(repositories, domain, "marie");
        Mailbox localPart = directory.save(TestData.mailbox(repositories, domain, "paul")
                .withOwnSettings(MailboxSettings.onDomainServers(domain, UsernameFormat.LOCAL_PART)));

        MailDomain applied = directory.applyToDomain(domain.name(), FOUND);

        assertThat(repositories.domains().findById(domain.id()).orElseThrow().defaults()).isEqualTo(FOUND);
        assertThat(applied.version()).isGreaterThan(domain.version());
        assertThat(repositories.mailboxes().findById(inheriting.id()).orElseThrow().inheritsDomainSettings()).isTrue();
        assertThat(repositories.mailboxes().findById(localPart.id()).orElseThrow().ownSettings())
                .contains(FOUND.withUsernameFormat(UsernameFormat.LOCAL_PART));
    }

    @Test
    void discoveredSettingsOnAMailboxAreItsOwnUnlessTheyAreItsDomainsServers() {
        Customer customer = TestData.customer(repositories, "Boulangerie Dupont");
        MailDomain domain = TestData.domain(repositories, customer, "dupont.ch");
        Mailbox marie = TestData.mailbox(repositories, domain, "marie");
        Mailbox paul = TestData.mailbox(repositories, domain, "paul");

        directory.applyToMailbox(marie.address(), FOUND);
        directory.applyToMailbox(paul.address(), domain.defaults().withUsernameFormat(UsernameFormat.LOCAL_PART));

        assertThat(repositories.mailboxes().findById(marie.id()).orElseThrow().ownSettings()).contains(FOUND);
        assertThat(repositories.domains().findById(domain.id()).orElseThrow().defaults()).isEqualTo(domain.defaults());
        Mailbox reloadedPaul = repositories.mailboxes().findById(paul.id()).orElseThrow();
        assertThat(reloadedPaul.ownSettings()).contains(domain.defaults().withUsernameFormat(UsernameFormat.LOCAL_PART));
        assertThat(MailboxSettings.usesDomainServers(reloadedPaul, domain)).isTrue();
    }

    @Test
    void applyingToAMissingMailboxOrDomainIsRefusedByNameAndChangesNothing() {
        Customer customer = TestData.customer(repositories, "Boulangerie Dupont");
        MailDomain domain = TestData.domain(repositories, customer, "dupont.ch");

        assertThatThrownBy(() -> directory.applyToMailbox(EmailAddress.parse("nobody@dupont.ch"), FOUND))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nobody@dupont.ch is not in the database");
        assertThatThrownBy(() -> directory.applyToDomain(DomainName.of("absent.ch"), FOUND))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("absent.ch is not in the database");
        assertThat(repositories.domains().findById(domain.id()).orElseThrow()).isEqualTo(domain);
    }

    @Test
    void aFailureOfSettingsChangedSinceIsStaleNotFailing() {
        Cafe cafe = cafe();
        Mailbox orders = cafe.orders();
        Mailbox info = cafe.info();
        String current = cafe.current();
        String before = cafe.before();
        repositories.mailboxes().recordLastCheck(orders.id(), new LastCheck(Instant.now(), Outcome.AUTH_FAILED, current));
        repositories.mailboxes().recordLastCheck(info.id(), new LastCheck(Instant.now(), Outcome.AUTH_FAILED, before));

        CustomerIndex index = directory.loadIndex(Locale.FRENCH);

        assertThat(index.byId(cafe.customer().id())).hasValueSatisfying(s -> assertThat(s.failingCount()).isEqualTo(1));
        assertThat(repositories.mailboxes().findById(info.id()).orElseThrow().lastCheck().orElseThrow().settings()).isEqualTo(before);
    }

    @Test
    void anOpenedFileTellsTheTruthfulStatusOfEachMailbox() {
        Cafe cafe = cafe();
        Mailbox orders = cafe.orders();
        Mailbox info = cafe.info();
        Mailbox bar = TestData.mailbox(repositories, cafe.domain(), "bar");
        String current = cafe.current();
        String before = cafe.before();
        for (Mailbox mailbox : new Mailbox[] {orders, info}) {
            repositories.secrets().put(mailbox.id(), new ch.mailbench.core.vault.EncryptedSecret(new byte[12], new byte[20]), java.util.Optional.empty());
        }
        repositories.mailboxes().recordLastCheck(orders.id(), new LastCheck(Instant.now(), Outcome.OK, current));
        repositories.mailboxes().recordLastCheck(info.id(), new LastCheck(Instant.now(), Outcome.OK, before));
        repositories.mailboxes().recordLastCheck(bar.id(), new LastCheck(Instant.now(), Outcome.OK, current));

        CustomerFile file = directory.open(cafe.customer().id()).orElseThrow();

        assertThat(file.mailboxes()).extracting(m -> m.address().localPart() + "=" + file.status(m, Instant.now()).name())
                .containsExactlyInAnyOrder("commandes=VERIFIED", "info=STALE", "bar=NEEDS_PASSWORD");
    }

    /** Café Martin with two mailboxes, and its settings as recorded now and as they were before a change. */
    private record Cafe(Customer customer, MailDomain domain, Mailbox orders, Mailbox info, String current, String before) {
    }

    private Cafe cafe() {
        Customer cafe = TestData.customer(repositories, "Café Martin");
        MailDomain domain = TestData.domain(repositories, cafe, "café-martin.ch");
        return new Cafe(cafe, domain, TestData.mailbox(repositories, domain, "commandes"), TestData.mailbox(repositories, domain, "info"),
                ch.mailbench.core.model.SettingsText.format(domain.defaults()),
                ch.mailbench.core.model.SettingsText.format(domain.defaults()
                        .withUsernameFormat(ch.mailbench.core.model.UsernameFormat.custom("old-login"))));
    }
}
