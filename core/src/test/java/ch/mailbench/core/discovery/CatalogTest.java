package ch.mailbench.core.discovery;

import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.MailboxType;
import ch.mailbench.core.model.Protocol;
import ch.mailbench.core.model.Provider;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.core.port.ProviderRepository;
import ch.mailbench.core.profile.AutoconfigParser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogTest {

    @Test
    void theShippedCatalogHasEveryProviderOfTheMarketWithIncomingAndSmtp() {
        List<Provider> shipped = CatalogFile.shipped();

        assertThat(shipped).extracting(Provider::id).contains("infomaniak", "ovh", "swisscom", "sunrise", "hostpoint", "google",
                "microsoft365", "outlook", "yahoo", "icloud", "gmx", "webde", "proton");
        assertThat(shipped).allSatisfy(p -> {
            assertThat(p.servers(Protocol.IMAP)).as(p.id()).isNotEmpty();
            assertThat(p.servers(Protocol.SMTP)).as(p.id()).isNotEmpty();
        });
        assertThat(shipped).filteredOn(Provider::modernAuthRequired).extracting(Provider::id)
                .contains("google", "microsoft365", "outlook");
    }

    @Test
    void mxPatternsRecogniseTheProviders() {
        List<Provider> shipped = CatalogFile.shipped();
        ProviderCatalogAssert.recognises(shipped, "contoso-ch.mail.protection.outlook.com", "microsoft365");
        ProviderCatalogAssert.recognises(shipped, "aspmx.l.google.com", "google");
        ProviderCatalogAssert.recognises(shipped, "alt1.aspmx.l.google.com", "google");
        ProviderCatalogAssert.recognises(shipped, "mta-gw.infomaniak.ch", "infomaniak");
        ProviderCatalogAssert.recognises(shipped, "mx01.mail.icloud.com", "icloud");
        ProviderCatalogAssert.recognises(shipped, "mx1.mail.hostpoint.ch.", "hostpoint");
    }

    @Test
    void aBadLineIsRefusedWithItsNumber() {
        assertThatThrownBy(() -> CatalogFile.parse("[x]\nname = X\nserver = IMAP mail.x.ch 99999 SSL_TLS\n", Provider.Origin.OWN))
                .hasMessageStartingWith("Provider catalog line 3:");
        assertThatThrownBy(() -> CatalogFile.parse("[x]\nname = X\ncolour = blue\n", Provider.Origin.OWN))
                .hasMessageContaining("line 3").hasMessageContaining("unknown field \"colour\"");
    }

    @Test
    void theFormatReadsBackWhatItWrites() {
        for (Provider provider : CatalogFile.shipped()) {
            assertThat(CatalogFile.parse(CatalogFile.format(provider), Provider.Origin.SHIPPED)).containsExactly(provider);
        }
    }

    @Test
    void everyIspdbFileImportsWithItsQuirksReported() throws Exception {
        Optional<Path> folder = ispdb();
        Assumptions.assumeTrue(folder.isPresent(), "ISPDB test files not found in ../shared/ispdb: skipped");
        long files;
        try (var listing = Files.list(folder.get())) {
            files = listing.filter(f -> f.toString().endsWith(".xml")).count();
        }

        IspdbImport.Result result = new IspdbImport(new AutoconfigParser()).read(folder.get());

        assertThat(result.filesRead()).isEqualTo(files).isGreaterThanOrEqualTo(163);
        assertThat(result.filesRefused()).as(String.join("\n", result.quirks())).isZero();
        assertThat(result.providers().size() + result.quirks().stream().filter(q -> q.endsWith("not imported")).count())
                .isEqualTo(files);
        assertThat(result.quirks()).isNotEmpty().allSatisfy(q -> assertThat(q).matches("[^:]+\\.xml: .+"));
        assertThat(result.providers()).anySatisfy(p -> assertThat(p.domains()).contains("gmx.net"));
    }

    @Test
    void aSingleIspdbFileImportsToo() throws Exception {
        Optional<Path> folder = ispdb();
        Assumptions.assumeTrue(folder.isPresent(), "ISPDB test files not found in ../shared/ispdb: skipped");

        IspdbImport.Result result = new IspdbImport(new AutoconfigParser()).read(folder.get().resolve("gmx.net.xml"));

        assertThat(result.providers()).singleElement().satisfies(p -> {
            assertThat(p.servers(Protocol.IMAP)).isNotEmpty();
            assertThat(p.origin()).isEqualTo(Provider.Origin.OWN);
        });
    }

    private static Optional<Path> ispdb() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/ispdb");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static final class ProviderCatalogAssert {
        static void recognises(List<Provider> providers, String mx, String id) {
            assertThat(providers.stream().filter(p -> p.matchesMx(mx)).map(Provider::id).findFirst()).as(mx).contains(id);
        }
    }

    @Test
    void aDomainBelongsToAModernAuthProviderByItsDomainRecordedProviderOrServers() {
        ProviderCatalog catalog = new ProviderCatalog(CatalogFile.shipped(), ProviderRepository.none());
        ServerSettings own = ServerSettings.of(MailboxType.IMAP,
                Endpoint.of("mail.dupont.ch", 993, Security.SSL_TLS), null, true,
                UsernameFormat.FULL_ADDRESS);
        ServerSettings office = ServerSettings.of(MailboxType.IMAP,
                Endpoint.of("outlook.office365.com", 993, Security.SSL_TLS), null, true,
                UsernameFormat.FULL_ADDRESS);

        assertThat(catalog.requiring(domain("gmail.com", ""), own)).contains("Gmail / Google Workspace");
        assertThat(catalog.requiring(domain("dupont.ch", "microsoft365"), own)).contains("Microsoft 365 (Exchange Online)");
        assertThat(catalog.requiring(domain("dupont.ch", ""), office)).isPresent();
        assertThat(catalog.requiring(domain("dupont.ch", "Infomaniak"), own)).isEmpty();
    }

    /** The console's start-up opens the database for its customer list and needs no provider: the file is read later. */
    @Test
    void theShippedCatalogIsReadWhenFirstNeeded() {
        AtomicInteger reads = new AtomicInteger();

        ProviderCatalog catalog = new ProviderCatalog(() -> {
            reads.incrementAndGet();
            return CatalogFile.shipped();
        }, ProviderRepository.none());

        assertThat(reads).hasValue(0);
        assertThat(catalog.shippedEntry("google")).isPresent();
        assertThat(catalog.all()).isNotEmpty();
        assertThat(reads).hasValue(1);
    }

    private static MailDomain domain(String name, String provider) {
        return MailDomain.create(1, DomainName.of(name), provider,
                ServerSettings.unknown());
    }
}
