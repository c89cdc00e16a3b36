package ch.mailbench.persistence;

import ch.mailbench.core.model.CertificateInfo;
import ch.mailbench.core.model.Outcome;
import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.core.model.Protocol;
import ch.mailbench.core.model.Verification;
import ch.mailbench.core.change.ChangeSet;
import ch.mailbench.core.change.ChangeSetService;
import ch.mailbench.core.change.ServerChange;
import ch.mailbench.core.directory.CustomerDirectory;
import ch.mailbench.core.history.HistoryEntry;
import ch.mailbench.core.history.HistoryQuery;
import ch.mailbench.core.history.HistoryService;
import ch.mailbench.core.history.RecordingStore;
import ch.mailbench.core.history.RecordingTrustedCertificates;
import ch.mailbench.core.model.HostName;
import ch.mailbench.core.model.TrustedCertificate;
import ch.mailbench.core.history.HistoryEntry.Target;
import ch.mailbench.core.history.UndoRefusal;
import ch.mailbench.core.history.UndoRefusedException;
import ch.mailbench.core.model.Customer;
import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.port.Repositories;
import ch.mailbench.core.vault.Vault;
import ch.mailbench.persistence.testing.BothDialects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The history recorded with each change and Undo, with two technicians on the same database: on a
 * real SQLite file and on the test PostgreSQL (skipped with the reason when it cannot start).
 */
class HistoryTest extends BothDialects {

    private static final char[] MASTER = "correct horse battery".toCharArray();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T10:00:00Z"));
    private JooqStore raw;
    private Database database;
    private Technician alice;
    private Technician bob;

    /** One technician's view of the shared file: the recording store and the history service, as the factory wires them. */
    private record Technician(RecordingStore store, HistoryService history, CustomerDirectory directory) {
    }

    @BeforeEach
    void open() {
        database = databases.open("m.db", clock);
        raw = new JooqStore(database);
        alice = technician(database, "alice");
        bob = technician(database, "bob");
    }

    private Technician technician(Database database, String name) {
        JooqStore store = new JooqStore(database);
        RecordingStore recording = new RecordingStore(store, clock, name);
        return new Technician(recording, new HistoryService(store, clock, name),
                new CustomerDirectory(recording, new JooqCustomerSummaries(database)));
    }

    private MailDomain setUp() {
        Repositories r = alice.store().repositories();
        Customer dupont = TestData.customer(r, "Boulangerie Dupont");
        MailDomain domain = TestData.domain(r, dupont, "bakery-dupont.ch");
        TestData.mailbox(r, domain, "marie");
        return domain;
    }

    @Test
    void aDomainEditThatMovesItsMailboxesIsOneOperationAndUndoRestoresVersionsSoEarlierChangesUndoToo() {
        MailDomain domain = setUp();
        Mailbox marie = raw.repositories().mailboxes().findByDomain(domain.id()).get(0);
        alice.store().repositories().mailboxes().update(marie.withOwnSettings(Optional.of(TestData.INFOMANIAK))
                .withDisplayName("Marie Dupont"));
        ServerSettings moved = ServerSettings.of(TestData.INFOMANIAK.type(), Endpoint.of("imap.new-host.ch", 993, Security.SSL_TLS),
                Endpoint.of("smtp.new-host.ch", 465, Security.SSL_TLS), true, TestData.INFOMANIAK.usernameFormat());
        clock.advance(java.time.Duration.ofMinutes(5));
        alice.directory().save(raw.repositories().domains().findById(domain.id()).orElseThrow().withDefaults(moved));

        List<HistoryEntry> log = alice.history().log(HistoryQuery.all(10));
        assertThat(log.get(0).operationId()).isEqualTo(log.get(1).operationId());
        assertThat(log.get(1).target()).isEqualTo(HistoryEntry.Target.DOMAIN);
        assertThat(log.get(1).changes()).extracting(HistoryEntry.FieldChange::field).containsExactly("incoming", "outgoing");
        assertThat(log.get(1).changes().get(0).newValue()).isEqualTo("imap.new-host.ch:993:SSL_TLS");
        assertThat(log.get(1).at()).isEqualTo(Instant.parse("2026-11-30T10:05:00Z"));

        alice.history().undoLast();
        assertThat(raw.repositories().domains().findById(domain.id()).orElseThrow().defaults()).isEqualTo(TestData.INFOMANIAK);
        alice.history().undoLast();
        Mailbox back = raw.repositories().mailboxes().findById(marie.id()).orElseThrow();
        assertThat(back.ownSettings()).isEmpty();
        assertThat(back.displayName()).isEqualTo("marie");
        assertThat(back.version()).isEqualTo(marie.version());
        assertThat(alice.history().lastUndoable().orElseThrow().describe()).isEqualTo("creation of mailbox marie@bakery-dupont.ch");
    }

    /** A delete takes every check record of its mailboxes along (ON DELETE CASCADE): Undo brings all of them back, not only the last. */
    @Test
    void undoOfACustomerDeleteBringsBackEveryCheckRecord() {
        MailDomain domain = setUp();
        Mailbox marie = raw.repositories().mailboxes().findByDomain(domain.id()).get(0);
        Verification first = new Verification(0, marie.id(), Instant.parse("2026-11-26T09:00:00Z"), Protocol.IMAP,
                Endpoint.of("mail.infomaniak.com", 993, Security.SSL_TLS), "marie@bakery-dupont.ch", UsernameFormat.FULL_ADDRESS,
                Outcome.AUTH_FAILED, 120, Optional.empty(), "* OK IMAP ready", "Login refused");
        Verification second = new Verification(0, marie.id(), Instant.parse("2026-11-27T09:00:00Z"), Protocol.SMTP,
                Endpoint.of("mail.infomaniak.com", 465, Security.SSL_TLS), "marie@bakery-dupont.ch", UsernameFormat.FULL_ADDRESS,
                Outcome.OK, 87, Optional.of(new CertificateInfo("CN=mail.infomaniak.com", "CN=Test CA",
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"), "AB:CD")), "220 ESMTP", "");
        raw.repositories().verifications().add(first);
        raw.repositories().verifications().add(second);
        List<Verification> before = raw.repositories().verifications().findByMailbox(marie.id(), 10);

        alice.directory().delete(raw.repositories().customers().findById(domain.customerId()).orElseThrow());
        assertThat(raw.repositories().verifications().findByMailbox(marie.id(), 10)).isEmpty();
        alice.history().undoLast();

        assertThat(raw.repositories().verifications().findByMailbox(marie.id(), 10)).hasSize(2)
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("id").containsExactlyElementsOf(before);
    }

    @Test
    void anotherTechniciansLaterEditStopsTheUndoAndNamesHimAndNothingChanges() {
        MailDomain domain = setUp();
        alice.directory().save(raw.repositories().domains().findById(domain.id()).orElseThrow());
        bob.directory().delete(raw.repositories().mailboxes().findByDomain(domain.id()).get(0));
        bob.directory().save(raw.repositories().domains().findById(domain.id()).orElseThrow().withProvider("OVH"));

        assertThatThrownBy(() -> alice.history().undoLast()).isInstanceOf(UndoRefusedException.class)
                .hasMessage("Cannot undo the change of domain bakery-dupont.ch: domain bakery-dupont.ch was changed by bob on "
                        + "2026-11-30 10:00 UTC since. Nothing was undone.")
                .satisfies(refused -> assertThat(((UndoRefusedException) refused).reasons()).containsExactly(new UndoRefusal(
                        UndoRefusal.Kind.CHANGED, Target.DOMAIN, "bakery-dupont.ch", "bob", Instant.parse("2026-11-30T10:00:00Z"))));
        assertThat(raw.repositories().domains().findById(domain.id()).orElseThrow().provider()).isEqualTo("OVH");
        assertThat(bob.history().undoLast().label()).isEqualTo("bakery-dupont.ch");
        assertThat(bob.history().undoLast().label()).isEqualTo("marie@bakery-dupont.ch");
        assertThat(raw.repositories().mailboxes().countByDomain(domain.id())).isEqualTo(1);
    }

    @Test
    void passwordsAreRecordedAsStoredAndUndoPutsTheOldCiphertextBackUntilTheMasterPasswordChanges() {
        MailDomain domain = setUp();
        long marie = raw.repositories().mailboxes().findByDomain(domain.id()).get(0).id();
        Vault vault = new Vault(alice.store(), clock, new SecureRandom(), 1_000);
        vault.setUp(MASTER, java.time.Duration.ofMinutes(15));
        vault.storePassword(marie, "Croissant-7fq9".toCharArray());
        Instant firstStored = clock.instant();
        clock.advance(java.time.Duration.ofMinutes(2));
        vault.storePassword(marie, "Baguette-2x8k".toCharArray());

        HistoryEntry set = alice.history().log(HistoryQuery.all(1)).get(0);
        assertThat(set.action()).isEqualTo(HistoryEntry.Action.PASSWORD_SET);
        assertThat(set.oldValues()).containsEntry("password", "stored");
        assertThat(set.restoreData()).doesNotContain("Croissant");
        alice.history().undoLast();
        assertThat(vault.password(marie)).hasValueSatisfying(p -> assertThat(p).containsExactly("Croissant-7fq9".toCharArray()));
        assertThat(vault.passwordSetAt(marie)).as("the old password comes back with its date").contains(firstStored);

        vault.changeMasterPassword(MASTER, "another long master".toCharArray());
        assertThat(alice.history().log(HistoryQuery.all(1)).get(0).target()).isEqualTo(HistoryEntry.Target.VAULT);
        assertThatThrownBy(() -> alice.history().undoLast()).hasMessageContaining("the change of master password cannot be undone");
    }

    @Test
    void undoOfAChangeSetRestoresItsRowsAndMarksItReverted() {
        MailDomain domain = setUp();
        ChangeSetService changeSets = new ChangeSetService(alice.store(), clock, "alice");
        ChangeSet applied = changeSets.apply(new ServerChange(new ServerChange.Scope.Domains(List.of(DomainName.of("bakery-dupont.ch"))),
                Optional.of(Endpoint.of("imap.new-host.ch", 993, Security.SSL_TLS)), Optional.empty(), Optional.empty(), false));

        assertThat(alice.history().lastUndoable().orElseThrow().describe()).startsWith("change set \"Change bakery-dupont.ch: incoming → imap.new-host.ch");
        alice.history().undoLast();
        assertThat(raw.repositories().domains().findById(domain.id()).orElseThrow().defaults()).isEqualTo(TestData.INFOMANIAK);
        assertThat(raw.repositories().changeSets().findById(applied.id()).orElseThrow().reverted()).isTrue();
    }

    private static final CertificateInfo SELF_SIGNED = new CertificateInfo("CN=mail.bakery-dupont.ch", "CN=mail.bakery-dupont.ch",
            Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"),
            "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89");
    private static final HostName MAIL_HOST = HostName.of("mail.bakery-dupont.ch");

    private RecordingTrustedCertificates certificatesOf(Technician technician) {
        return new RecordingTrustedCertificates(new JooqTrustedCertificateRepository(database), technician.store());
    }

    /** Undo of accepting a certificate stops trusting it; undo of forgetting one trusts it again. */
    @Test
    void undoOfATrustForgetsTheCertificateAndUndoOfAForgetTrustsItAgain() {
        RecordingTrustedCertificates certificates = certificatesOf(alice);
        TrustedCertificate trusted = certificates.trust(TrustedCertificate.accept(MAIL_HOST, SELF_SIGNED, clock.instant()));
        assertThat(alice.history().lastUndoable().orElseThrow().describe()).isEqualTo("trust of certificate mail.bakery-dupont.ch");

        alice.history().undoLast();
        assertThat(certificates.activeFor(MAIL_HOST)).isEmpty();

        TrustedCertificate again = certificates.trust(TrustedCertificate.accept(MAIL_HOST, SELF_SIGNED, clock.instant()));
        certificates.revoke(again.id(), clock.instant());
        assertThat(certificates.activeFor(MAIL_HOST)).isEmpty();
        alice.history().undoLast();
        assertThat(certificates.activeFor(MAIL_HOST)).extracting(TrustedCertificate::id).containsExactly(again.id());
        assertThat(trusted.id()).isNotEqualTo(again.id());
    }

    /**
     * Bob decided about the same host's certificate after Alice: her undo is refused naming him, his decision stands,
     * and her trust no longer blocks undoing her earlier change.
     */
    @Test
    void anotherTechniciansDecisionAboutTheHostRefusesTheUndoWithoutBlockingEarlierChanges() {
        Customer dupont = TestData.customer(alice.store().repositories(), "Boulangerie Dupont");
        TrustedCertificate trusted = certificatesOf(alice).trust(TrustedCertificate.accept(MAIL_HOST, SELF_SIGNED, clock.instant()));
        certificatesOf(bob).revoke(trusted.id(), clock.instant());

        assertThatThrownBy(() -> alice.history().undoLast()).isInstanceOf(UndoRefusedException.class)
                .hasMessageContaining("the trusted certificates of mail.bakery-dupont.ch were changed by bob on 2026-11-30 10:00 UTC since")
                .hasMessageContaining("the next Undo reverts your change before this one")
                .satisfies(e -> assertThat(((UndoRefusedException) e).setAside()).isTrue());
        assertThat(certificatesOf(alice).activeFor(MAIL_HOST)).as("Bob's revocation stands").isEmpty();

        assertThat(alice.history().lastUndoable().orElseThrow().describe()).isEqualTo("creation of customer Boulangerie Dupont");
        alice.history().undoLast();
        assertThat(raw.repositories().customers().findById(dupont.id())).isEmpty();
    }
}
