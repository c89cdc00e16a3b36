package ch.mailbench.persistence;

import ch.mailbench.core.model.Customer;
import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.LastCheck;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.MailboxType;
import ch.mailbench.core.model.Outcome;
import ch.mailbench.core.model.Protocol;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.core.model.CertificateInfo;
import ch.mailbench.core.model.Verification;
import ch.mailbench.core.port.DuplicateException;
import ch.mailbench.core.port.Repositories;
import ch.mailbench.core.port.StaleDataException;
import ch.mailbench.persistence.testing.BothDialects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The repositories on SQLite and on PostgreSQL: the same code, each dialect rendered by jOOQ. */
class RepositoriesTest extends BothDialects {

    private JooqStore store;
    private Repositories repositories;

    @BeforeEach
    void openDatabase() {
        store = new JooqStore(databases.open("m.db", Clock.systemUTC()));
        repositories = store.repositories();
    }

    @Test
    void storesAndReadsBackTheWholeSetUp() {
        Customer customer = TestData.customer(repositories, "Boulangerie Dupont");
        MailDomain domain = TestData.domain(repositories, customer, "bäckerei-dupont.ch");
        ServerSettings own = ServerSettings.of(MailboxType.POP3, Endpoint.of("pop.bluewin.ch", 995, Security.SSL_TLS),
                Endpoint.of("smtpauths.bluewin.ch", 587, Security.STARTTLS), true, UsernameFormat.custom("u4711"));
        Mailbox mailbox = repositories.mailboxes().insert(Mailbox.create(domain.id(),
                EmailAddress.parse("compta@bäckerei-dupont.ch"), "Comptabilité")
                .withOwnSettings(Optional.of(own)).withNotes("PC in the back office").withAllowPlaintextLogin(true));

        assertThat(repositories.customers().findById(customer.id())).contains(customer);
        assertThat(repositories.domains().findByName(DomainName.of("BÄCKEREI-dupont.ch"))).contains(domain);
        assertThat(repositories.mailboxes().findByAddress(EmailAddress.parse("compta@xn--bckerei-dupont-5hb.ch")))
                .hasValueSatisfying(found -> {
                    assertThat(found).isEqualTo(mailbox);
                    assertThat(found.effectiveSettings(domain)).isEqualTo(own);
                });
        assertThat(repositories.mailboxes().findByCustomer(customer.id())).containsExactly(mailbox);
    }

    @Test
    void aStaleEditIsRefusedNotOverwritten() {
        Customer opened = TestData.customer(repositories, "Garage Meier");
        Customer savedElsewhere = repositories.customers().update(opened.withContact("Hans Meier", "", ""));

        assertThatThrownBy(() -> repositories.customers().update(opened.withNotes("my edit")))
                .isInstanceOf(StaleDataException.class)
                .hasMessageContaining("Garage Meier")
                .hasMessageContaining("changed or deleted elsewhere");
        assertThat(repositories.customers().findById(opened.id())).contains(savedElsewhere);
        assertThat(savedElsewhere.version()).isEqualTo(opened.version() + 1);
    }

    @Test
    void staleDomainAndMailboxEditsAreRefusedToo() {
        MailDomain domain = TestData.domain(repositories, TestData.customer(repositories, "A"), "a.ch");
        Mailbox mailbox = TestData.mailbox(repositories, domain, "info");
        repositories.domains().update(domain.withProvider("OVH"));
        repositories.mailboxes().update(mailbox.withDisplayName("Info"));

        assertThatThrownBy(() -> repositories.domains().update(domain.withProvider("Hostpoint"))).isInstanceOf(StaleDataException.class);
        assertThatThrownBy(() -> repositories.mailboxes().update(mailbox.withNotes("x"))).isInstanceOf(StaleDataException.class);
        assertThatThrownBy(() -> repositories.mailboxes().delete(mailbox)).isInstanceOf(StaleDataException.class);
    }

    @Test
    void deletingACustomerTakesItsDomainsMailboxesAndHistory() {
        Customer customer = TestData.customer(repositories, "Cabinet Rossi");
        MailDomain domain = TestData.domain(repositories, customer, "rossi.ch");
        Mailbox mailbox = TestData.mailbox(repositories, domain, "avv");
        repositories.verifications().add(verification(mailbox, Outcome.OK));
        Customer other = TestData.customer(repositories, "Other");
        TestData.mailbox(repositories, TestData.domain(repositories, other, "other.ch"), "keep");

        assertThat(repositories.mailboxes().countByCustomer(customer.id())).isEqualTo(1);
        repositories.customers().delete(customer);

        assertThat(repositories.domains().findById(domain.id())).isEmpty();
        assertThat(repositories.mailboxes().findById(mailbox.id())).isEmpty();
        assertThat(repositories.verifications().findByMailbox(mailbox.id(), 10)).isEmpty();
        assertThat(repositories.mailboxes().count()).isEqualTo(1);
    }

    @Test
    void deletingADomainTakesItsMailboxes() {
        Customer customer = TestData.customer(repositories, "Cabinet Rossi");
        MailDomain domain = TestData.domain(repositories, customer, "rossi.ch");
        TestData.mailbox(repositories, domain, "a");
        TestData.mailbox(repositories, domain, "b");

        assertThat(repositories.mailboxes().countByDomain(domain.id())).isEqualTo(2);
        repositories.domains().delete(domain);

        assertThat(repositories.mailboxes().count()).isZero();
        assertThat(repositories.customers().findById(customer.id())).isPresent();
    }

    @Test
    void namesAndAddressesAreUnique() {
        Customer customer = TestData.customer(repositories, "Garage Meier");
        MailDomain domain = TestData.domain(repositories, customer, "meier.ch");
        TestData.mailbox(repositories, domain, "info");

        assertThatThrownBy(() -> TestData.customer(repositories, "GARAGE MEIER")).isInstanceOf(DuplicateException.class)
                .hasMessage("A customer named \"GARAGE MEIER\" already exists");
        assertThatThrownBy(() -> TestData.domain(repositories, customer, "Meier.ch.")).isInstanceOf(DuplicateException.class);
        assertThatThrownBy(() -> TestData.mailbox(repositories, domain, "INFO")).isInstanceOf(DuplicateException.class);
    }

    @Test
    void aTransactionCommitsAllOrNothing() {
        assertThatThrownBy(() -> store.inTransaction(tx -> {
            TestData.customer(tx, "First");
            return TestData.customer(tx, "first");
        })).isInstanceOf(DuplicateException.class);

        assertThat(repositories.customers().count()).isZero();
        store.inTransaction(tx -> TestData.customer(tx, "Second"));
        assertThat(repositories.customers().count()).isEqualTo(1);
    }

    @Test
    void recordingACheckKeepsTheVersionSoOpenEditsStayValid() {
        Mailbox mailbox = TestData.mailbox(repositories, TestData.domain(repositories, TestData.customer(repositories, "A"), "a.ch"), "x");
        Instant at = Instant.parse("2026-11-26T09:00:00Z");

        repositories.mailboxes().recordLastCheck(mailbox.id(), new LastCheck(at, Outcome.AUTH_FAILED));

        Mailbox reread = repositories.mailboxes().findById(mailbox.id()).orElseThrow();
        assertThat(reread.lastCheck()).contains(new LastCheck(at, Outcome.AUTH_FAILED));
        assertThat(reread.version()).isEqualTo(mailbox.version());
        repositories.mailboxes().update(mailbox.withNotes("still fine"));
    }

    @Test
    void historyComesBackNewestFirstWithCertificateDetails() {
        Mailbox mailbox = TestData.mailbox(repositories, TestData.domain(repositories, TestData.customer(repositories, "A"), "a.ch"), "x");
        repositories.verifications().add(verification(mailbox, Outcome.AUTH_FAILED));
        Verification newer = repositories.verifications().add(new Verification(0, mailbox.id(), Instant.parse("2026-11-26T10:00:00Z"),
                Protocol.SMTP, Endpoint.of("mail.a.ch", 465, Security.SSL_TLS), "x", UsernameFormat.LOCAL_PART, Outcome.OK, 87,
                Optional.of(new CertificateInfo("CN=mail.a.ch", "CN=Test CA", Instant.parse("2026-01-01T00:00:00Z"),
                        Instant.parse("2027-01-01T00:00:00Z"), "AB:CD")), "220 mail.a.ch ESMTP", ""));

        assertThat(repositories.verifications().findByMailbox(mailbox.id(), 10))
                .extracting(Verification::outcome).containsExactly(Outcome.OK, Outcome.AUTH_FAILED);
        assertThat(repositories.verifications().findByMailbox(mailbox.id(), 1)).containsExactly(newer);
    }

    private static Verification verification(Mailbox mailbox, Outcome outcome) {
        return new Verification(0, mailbox.id(), Instant.parse("2026-11-26T09:00:00Z"), Protocol.IMAP,
                Endpoint.of("mail.infomaniak.com", 993, Security.SSL_TLS), mailbox.address().ascii(),
                UsernameFormat.FULL_ADDRESS, outcome, 120, Optional.empty(), "* OK IMAP ready", "");
    }
}
