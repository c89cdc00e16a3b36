package ch.mailbench.core.discovery;

import ch.mailbench.core.discovery.loopback.LoopbackDns;
import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.MailboxType;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.Outcome;
import ch.mailbench.core.probe.OutcomeTexts;
import ch.mailbench.core.model.Port;
import ch.mailbench.core.model.Protocol;
import ch.mailbench.core.model.Provider;
import ch.mailbench.core.model.ProviderServer;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.core.probe.testing.GreenMailServers;
import ch.mailbench.core.task.ProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

class DiscoveryServiceTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static DiscoveryFixture fixture;
    private LoopbackDns dns;

    @BeforeAll
    static void startServers() throws Exception {
        fixture = new DiscoveryFixture();
    }

    @AfterAll
    static void stopServers() {
        fixture.close();
    }

    @BeforeEach
    void startDns() throws Exception {
        dns = new LoopbackDns();
        fixture.own.clear();
    }

    @AfterEach
    void stopDns() {
        dns.close();
    }

    private DiscoveryResult discover(String email) {
        return discover(email, Optional.empty());
    }

    private DiscoveryResult discover(String email, Optional<char[]> password) {
        return fixture.service().discover(EmailAddress.parse(email), password, fixture.options(dns, TIMEOUT),
                ProgressMonitor.silent(), DiscoveryListener.none());
    }

    private static SourceReport report(DiscoveryResult result, Source source) {
        return result.sources().stream().filter(r -> r.source() == source).findFirst().orElseThrow();
    }

    @Test
    void theCatalogAloneKnowsAProviderByItsDomain() {
        DiscoveryResult result = discover("anna@gmail.com");

        Candidate incoming = result.incoming().orElseThrow();
        assertThat(incoming.endpoint().host().ascii()).isEqualTo("imap.gmail.com");
        assertThat(incoming.endpoint().port().number()).isEqualTo(993);
        assertThat(incoming.source()).isEqualTo(Source.CATALOG);
        assertThat(incoming.modernAuthRequired()).isTrue();
        assertThat(EvidenceTexts.english().sentences(incoming.evidence())).contains("domain gmail.com → Gmail / Google Workspace (provider catalog)");
        assertThat(result.smtp().orElseThrow().endpoint().host().ascii()).isEqualTo("smtp.gmail.com");
        assertThat(report(result, Source.CATALOG).state()).isEqualTo(SourceReport.State.FOUND);
    }

    @Test
    void anMxRecordMatchesACatalogPattern() {
        dns.mx("family-weber.test", 10, "mx01.mail.icloud.com").mx("family-weber.test", 20, "mx02.mail.icloud.com");

        DiscoveryResult result = discover("lea@family-weber.test");

        Candidate incoming = result.incoming().orElseThrow();
        assertThat(incoming.endpoint().host().ascii()).isEqualTo("imap.mail.me.com");
        assertThat(incoming.usernameFormat()).isEqualTo(UsernameFormat.LOCAL_PART);
        assertThat(EvidenceTexts.english().sentences(incoming.evidence())).contains("MX mx01.mail.icloud.com → iCloud Mail");
        assertThat(EvidenceTexts.english().summary(report(result, Source.DNS))).contains("MX mx01.mail.icloud.com → iCloud Mail");
    }

    @Test
    void autoconfigOverHttpsOnTheDomainItself() {
        String domain = "ac.bench.mailbench.test";
        dns.a(domain, "127.0.0.1").a("mail1.bench.mailbench.test", "127.0.0.1");
        fixture.https.serve(domain, "/.well-known/autoconfig/mail/config-v1.1.xml",
                DiscoveryFixture.autoconfig("mail1.bench.mailbench.test", 993, "SSL", "mail1.bench.mailbench.test", 465, "%EMAILADDRESS%"));

        DiscoveryResult result = discover("marie@" + domain);

        Candidate incoming = result.incoming().orElseThrow();
        assertThat(incoming.source()).isEqualTo(Source.AUTOCONFIG);
        assertThat(incoming.endpoint().toString()).isEqualTo("mail1.bench.mailbench.test:993 SSL/TLS");
        assertThat(incoming.certificate()).isEqualTo(CertificateStatus.VALID);
        assertThat(EvidenceTexts.english().sentences(incoming.evidence())).contains("autoconfig at https://" + domain + "/.well-known/autoconfig/mail/config-v1.1.xml",
                "mail1.bench.mailbench.test:993 answers, certificate valid for mail1.bench.mailbench.test");
        assertThat(result.smtp().orElseThrow().endpoint().port().number()).isEqualTo(465);
    }

    @Test
    void autoconfigFallsBackToHttpForAnInternationalisedDomain() {
        String ascii = java.net.IDN.toASCII("bäckerei-müller.test");
        dns.a("autoconfig." + ascii, "127.0.0.1").a("mail2.bench.mailbench.test", "127.0.0.1");
        // HTTPS answers with a certificate for other names, so the HTTP copy is the one taken.
        fixture.https.serve("autoconfig." + ascii, "/mail/config-v1.1.xml", "<clientConfig/>");
        fixture.http.serve("autoconfig." + ascii, "/mail/config-v1.1.xml",
                DiscoveryFixture.autoconfig("mail2.bench.mailbench.test", 993, "SSL", "mail2.bench.mailbench.test", 465, "%EMAILLOCALPART%"));

        DiscoveryResult result = discover("hans@bäckerei-müller.test");

        Candidate incoming = result.incoming().orElseThrow();
        assertThat(incoming.source()).isEqualTo(Source.AUTOCONFIG);
        assertThat(incoming.usernameFormat()).isEqualTo(UsernameFormat.LOCAL_PART);
        assertThat(EvidenceTexts.english().sentences(incoming.evidence())).contains("autoconfig at http://autoconfig." + ascii + "/mail/config-v1.1.xml");
    }

    @Test
    void autodiscoverFollowsARedirectToAnotherAddress() {
        dns.a("ad.bench.mailbench.test", "127.0.0.1").a("ad2.bench.mailbench.test", "127.0.0.1")
                .a("mail3.bench.mailbench.test", "127.0.0.1");
        fixture.https.serve("ad.bench.mailbench.test", "/autodiscover/autodiscover.xml", """
                <Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006">
                  <Response xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a">
                    <Account><Action>redirectAddr</Action><RedirectAddr>tom@ad2.bench.mailbench.test</RedirectAddr></Account>
                  </Response>
                </Autodiscover>""");
        fixture.https.serve("ad2.bench.mailbench.test", "/autodiscover/autodiscover.xml", """
                <Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006">
                  <Response xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a">
                    <Account><AccountType>email</AccountType><Action>settings</Action>
                      <Protocol><Type>IMAP</Type><Server>mail3.bench.mailbench.test</Server><Port>993</Port><SSL>on</SSL>
                        <LoginName>tom</LoginName></Protocol>
                      <Protocol><Type>SMTP</Type><Server>mail3.bench.mailbench.test</Server><Port>465</Port><SSL>on</SSL></Protocol>
                    </Account>
                  </Response>
                </Autodiscover>""");

        DiscoveryResult result = discover("tom@ad.bench.mailbench.test");

        Candidate incoming = result.incoming().orElseThrow();
        assertThat(incoming.source()).isEqualTo(Source.AUTODISCOVER);
        assertThat(incoming.endpoint().toString()).isEqualTo("mail3.bench.mailbench.test:993 SSL/TLS");
        assertThat(incoming.usernameFormat()).isEqualTo(UsernameFormat.LOCAL_PART);
        assertThat(String.join(" ", EvidenceTexts.english().sentences(incoming.evidence()))).contains("redirected to address tom@ad2.bench.mailbench.test");
    }

    private static String exchangeAnswer(String imapHost) {
        return """
                <Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006">
                  <Response xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a">
                    <Account><AccountType>email</AccountType><Action>settings</Action>
                      <Protocol><Type>EXCH</Type><Server>ex01.corp.internal</Server><LoginName>lea</LoginName></Protocol>
                      <Protocol><Type>EXPR</Type><Server>owa.exch.bench.mailbench.test</Server><SSL>On</SSL></Protocol>
                      <Protocol><Type>EXCH</Type><Server>5c1d2e3f-aaaa-bbbb-cccc-0123456789ab@exch.bench.mailbench.test</Server></Protocol>
                      <Protocol><Type>IMAP</Type><Server>%s</Server><Port>993</Port><SSL>on</SSL></Protocol>
                    </Account>
                  </Response>
                </Autodiscover>""".formatted(imapHost);
    }

    @Test
    void autodiscoverExchangeEntriesBecomeAnExchangeChoiceWhenNoImapServerAnswers() {
        dns.a("exch.bench.mailbench.test", "127.0.0.1");
        fixture.https.serve("exch.bench.mailbench.test", "/autodiscover/autodiscover.xml", exchangeAnswer("imap.silent.invalid"));

        DiscoveryResult result = discover("lea@exch.bench.mailbench.test");

        assertThat(result.exchange()).extracting(x -> x.server().ascii() + " " + x.kind())
                .containsExactly("owa.exch.bench.mailbench.test EXPR", "ex01.corp.internal EXCH");
        ExchangeCandidate chosen = result.exchangeChosen().orElseThrow();
        assertThat(EvidenceTexts.english().sentences(chosen.evidence())).contains("Exchange (EXPR) server owa.exch.bench.mailbench.test");
        assertThat(result.found()).isTrue();
        ServerSettings settings = result.settings().orElseThrow();
        assertThat(settings.type()).isEqualTo(MailboxType.EXCHANGE);
        assertThat(settings.incoming().orElseThrow().toString()).isEqualTo("owa.exch.bench.mailbench.test:443 SSL/TLS");
        assertThat(settings.outgoing()).isEmpty();
        assertThat(EvidenceTexts.english().summary(report(result, Source.AUTODISCOVER))).contains("Exchange server(s): 2");
    }

    @Test
    void anImapServerAutodiscoverNamesThatAnswersOutranksItsExchangeServer() {
        dns.a("exch2.bench.mailbench.test", "127.0.0.1").a("mail5.bench.mailbench.test", "127.0.0.1");
        fixture.https.serve("exch2.bench.mailbench.test", "/autodiscover/autodiscover.xml",
                exchangeAnswer("mail5.bench.mailbench.test"));

        DiscoveryResult result = discover("lea@exch2.bench.mailbench.test");

        assertThat(result.exchange()).isNotEmpty();
        assertThat(result.exchangeChosen()).isEmpty();
        assertThat(result.settings().orElseThrow().type()).isEqualTo(MailboxType.IMAP);
        assertThat(result.incoming().orElseThrow().endpoint().host().ascii()).isEqualTo("mail5.bench.mailbench.test");
    }

    @Test
    void srvRecordsWithADotTargetAreNotOffered() {
        dns.srv("_imaps._tcp.srv-only.test", 0, 1, 993, "mail4.bench.mailbench.test")
                .srv("_pop3s._tcp.srv-only.test", 0, 0, 0, ".")
                .srv("_pop3._tcp.srv-only.test", 0, 0, 0, ".")
                .srv("_submissions._tcp.srv-only.test", 0, 1, 465, "mail4.bench.mailbench.test")
                .a("mail4.bench.mailbench.test", "127.0.0.1");

        DiscoveryResult result = discover("eva@srv-only.test");

        assertThat(EvidenceTexts.english().sentences(result.incoming().orElseThrow().evidence())).contains("SRV _imaps._tcp → mail4.bench.mailbench.test:993");
        assertThat(result.candidates()).noneMatch(c -> c.protocol() == Protocol.POP3);
        assertThat(EvidenceTexts.english().summary(report(result, Source.DNS))).contains("SRV _pop3s._tcp: not offered (target \".\")");
        assertThat(result.smtp().orElseThrow().endpoint().port().number()).isEqualTo(465);
    }

    @Test
    void guessingFindsTheAnsweringServersAndIgnoresStartTlsNobodyOffers() {
        String domain = "bench.mailbench.test";
        dns.a("imap." + domain, "127.0.0.1").a("smtp." + domain, "127.0.0.1");

        DiscoveryResult result = discover("paul@" + domain);

        Candidate incoming = result.incoming().orElseThrow();
        assertThat(incoming.source()).isEqualTo(Source.GUESS);
        assertThat(incoming.endpoint().toString()).isEqualTo("imap.bench.mailbench.test:993 SSL/TLS");
        assertThat(EvidenceTexts.english().sentences(incoming.evidence())).containsExactly(
                "guessed: imap.bench.mailbench.test:993 answered with TLS, certificate valid for imap.bench.mailbench.test");
        assertThat(result.smtp().orElseThrow().endpoint().toString()).isEqualTo("smtp.bench.mailbench.test:465 SSL/TLS");
        // GreenMail's plain ports answer on 143 and 587 but advertise no STARTTLS: no such candidate.
        assertThat(result.candidates()).noneMatch(c -> c.endpoint().security() == Security.STARTTLS);
    }

    @Test
    void whenSourcesDisagreeTheMoreTrustedOneWinsAndAgreementCounts() {
        String domain = "disagree.test";
        fixture.own.add(ownImapsProvider("alpine", "Alpine Hosting", domain, "mail5.bench.mailbench.test", false));
        dns.a("autoconfig." + domain, "127.0.0.1").a("mail5.bench.mailbench.test", "127.0.0.1")
                .a("mail6.bench.mailbench.test", "127.0.0.1").a("mail7.bench.mailbench.test", "127.0.0.1")
                .srv("_imaps._tcp." + domain, 0, 1, 993, "mail7.bench.mailbench.test")
                .srv("_submissions._tcp." + domain, 0, 1, 465, "mail6.bench.mailbench.test");
        fixture.http.serve("autoconfig." + domain, "/mail/config-v1.1.xml",
                DiscoveryFixture.autoconfig("mail6.bench.mailbench.test", 993, "SSL", "mail6.bench.mailbench.test", 465, "%EMAILADDRESS%"));

        DiscoveryResult result = discover("ines@" + domain);

        List<String> imap = result.candidates().stream().filter(c -> c.protocol() == Protocol.IMAP)
                .map(c -> c.endpoint().host().ascii() + " " + c.source()).toList();
        assertThat(imap).containsExactly("mail5.bench.mailbench.test CATALOG", "mail6.bench.mailbench.test AUTOCONFIG",
                "mail7.bench.mailbench.test DNS");
        Candidate smtp = result.smtp().orElseThrow();
        assertThat(EvidenceTexts.english().sentences(smtp.evidence())).contains("autoconfig at http://autoconfig." + domain + "/mail/config-v1.1.xml",
                "SRV _submissions._tcp → mail6.bench.mailbench.test:465");
    }

    @Test
    void aTrustedSourceWhoseServerDoesNotAnswerDropsBelowOneThatDoes() {
        String domain = "moved.test";
        fixture.own.add(ownImapsProvider("old-hoster", "Old Hoster", domain, "gone.moved.test", false));
        dns.a("mail8.bench.mailbench.test", "127.0.0.1").srv("_imaps._tcp." + domain, 0, 1, 993, "mail8.bench.mailbench.test");

        DiscoveryResult result = discover("ines@" + domain);

        assertThat(result.incoming().orElseThrow().endpoint().host().ascii()).isEqualTo("mail8.bench.mailbench.test");
        assertThat(EvidenceTexts.english().sentences(result.candidates().get(1).evidence())).anyMatch(e -> e.startsWith("no answer from gone.moved.test:993"));
    }

    @Test
    void aSilentDomainEndsAfterAboutOneTimeoutWithNothingFound() {
        dns.silent("silent.test");
        List<SourceReport> finished = new CopyOnWriteArrayList<>();
        Duration timeout = Duration.ofSeconds(2);
        long started = System.nanoTime();

        DiscoveryResult result = fixture.service().discover(EmailAddress.parse("nobody@silent.test"), Optional.empty(),
                fixture.options(dns, timeout), ProgressMonitor.silent(), new DiscoveryListener() {
                    @Override
                    public void sourceFinished(SourceReport report) {
                        finished.add(report);
                    }
                });

        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(result.candidates()).isEmpty();
        assertThat(result.found()).isFalse();
        assertThat(finished).extracting(SourceReport::source).containsExactlyInAnyOrder(Source.values());
        assertThat(report(result, Source.DNS).state()).isEqualTo(SourceReport.State.TIMED_OUT);
        // Bounded, not a speed goal: 29 guesses and 8 web addresses one after another would take 37 timeouts.
        assertThat(took).isLessThan(timeout.multipliedBy(3));
    }

    @Test
    void cancellingStopsARunPromptly() {
        dns.silent("silent.test");
        AtomicBoolean cancel = new AtomicBoolean();
        ProgressMonitor monitor = new ProgressMonitor() {
            @Override public void begin(String task, int totalUnits) { }
            @Override public void worked(int units) { }
            @Override public void subTask(String description) { cancel.set(true); }
            @Override public boolean isCancelled() { return cancel.get(); }
            @Override public void done() { }
        };

        long started = System.nanoTime();

        DiscoveryResult result = fixture.service().discover(EmailAddress.parse("nobody@silent.test"), Optional.empty(),
                fixture.options(dns, Duration.ofSeconds(60)), monitor, DiscoveryListener.none());

        assertThat(result.cancelled()).isTrue();
        assertThat(result.sources()).extracting(SourceReport::state).contains(SourceReport.State.CANCELLED);
        // Bounded, not a speed goal: without the cancel, the silent DNS would hold the run for its 60 s timeout.
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void aPasswordConfirmsTheBestCandidatesWithTheUsernameFallback() {
        String domain = "bakery-dupont.ch";
        dns.a("autoconfig." + domain, "127.0.0.1").a("mail1.bench.mailbench.test", "127.0.0.1");
        fixture.http.serve("autoconfig." + domain, "/mail/config-v1.1.xml",
                DiscoveryFixture.autoconfig("mail1.bench.mailbench.test", 993, "SSL", "mail1.bench.mailbench.test", 465, "%EMAILADDRESS%"));

        DiscoveryResult result = discover(GreenMailServers.LOCAL_PART_USER, Optional.of(GreenMailServers.LOCAL_PART_PASSWORD.toCharArray()));

        Confirmation login = result.incoming().orElseThrow().confirmation().orElseThrow();
        assertThat(login.outcome()).isEqualTo(Outcome.OK);
        assertThat(login.usernameFormat()).isEqualTo(UsernameFormat.LOCAL_PART);
        assertThat(result.incoming().orElseThrow().usernameFormat()).isEqualTo(UsernameFormat.LOCAL_PART);
        assertThat(result.found()).isTrue();
        assertThat(result.settings()).contains(ServerSettings.of(MailboxType.IMAP,
                Endpoint.of("mail1.bench.mailbench.test", 993, Security.SSL_TLS),
                Endpoint.of("mail1.bench.mailbench.test", 465, Security.SSL_TLS), true, UsernameFormat.LOCAL_PART));
    }

    @Test
    void theConfirmingLoginConnectsWhereTheConfiguredResolverSays() {
        // A name only the loopback DNS server knows (not in the test hosts file): the login must use that resolver.
        String domain = "bakery-dupont.ch";
        String host = "dns-only.bench.mailbench.test";
        dns.a("autoconfig." + domain, "127.0.0.1").a(host, "127.0.0.1");
        fixture.http.serve("autoconfig." + domain, "/mail/config-v1.1.xml",
                DiscoveryFixture.autoconfig(host, 993, "SSL", host, 465, "%EMAILADDRESS%"));

        DiscoveryResult result = discover(GreenMailServers.FULL_ADDRESS_USER,
                Optional.of(GreenMailServers.FULL_ADDRESS_PASSWORD.toCharArray()));

        Candidate incoming = result.incoming().orElseThrow();
        assertThat(incoming.endpoint().host().ascii()).isEqualTo(host);
        Confirmation login = incoming.confirmation().orElseThrow();
        assertThat(login.outcome()).as(login.diagnosis().toString()).isEqualTo(Outcome.OK);
        assertThat(incoming.certificateInfo()).as("TLS checked the certificate against the name").isPresent();
    }

    @Test
    void aRefusedPasswordAtAModernAuthProviderSaysWhy() {
        String domain = "workspace-client.test";
        fixture.own.add(ownImapsProvider("cloudmail", "Cloud Mail", domain, "mail2.bench.mailbench.test", true));
        dns.a("mail2.bench.mailbench.test", "127.0.0.1");

        DiscoveryResult result = discover("boss@" + domain, Optional.of("wrong".toCharArray()));

        Confirmation login = result.incoming().orElseThrow().confirmation().orElseThrow();
        assertThat(login.outcome()).isEqualTo(Outcome.AUTH_FAILED);
        assertThat(new OutcomeTexts(Locale.ENGLISH).explanation(login.diagnosis()))
                .isEqualTo("Login refused: Cloud Mail needs modern sign-in (OAuth2) or an app password;"
                        + " it refuses a plain password even when it is right.");
        assertThat(new OutcomeTexts(Locale.FRENCH).explanation(login.diagnosis())).startsWith("Connexion refusée : Cloud Mail exige");
        assertThat(new OutcomeTexts(Locale.GERMAN).explanation(login.diagnosis())).startsWith("Anmeldung abgelehnt: Cloud Mail verlangt");
        assertThat(result.found()).isFalse();
    }

    /** An own catalog entry for {@code domain}: IMAP over TLS on {@code host}:993, full address as user name. */
    private static Provider ownImapsProvider(String id, String name, String domain, String host, boolean modernAuth) {
        return new Provider(id, name, List.of(domain), List.of(),
                List.of(new ProviderServer(Protocol.IMAP, host, Port.of(993), Security.SSL_TLS)),
                UsernameFormat.FULL_ADDRESS, modernAuth, "", Provider.Origin.OWN);
    }
}
