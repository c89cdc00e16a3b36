package ch.mailbench.persistence;

import ch.mailbench.core.discovery.CatalogFile;
import ch.mailbench.core.discovery.ProviderCatalog;
import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.Port;
import ch.mailbench.core.model.Protocol;
import ch.mailbench.core.model.Provider;
import ch.mailbench.core.model.ProviderServer;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.persistence.testing.BothDialects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Own providers on SQLite and on PostgreSQL. */
class ProviderRepositoryTest extends BothDialects {

    private JooqProviderRepository repository;
    private ProviderCatalog catalog;

    @BeforeEach
    void open() {
        repository = new JooqProviderRepository(databases.open("m.db", Clock.systemUTC()));
        catalog = new ProviderCatalog(CatalogFile.shipped(), repository);
    }

    private static Provider hoster(String id, String host) {
        return new Provider(id, "Alpine Hosting", List.of("alpine-mail.ch"), List.of("*.mx.alpine-hosting.ch"),
                List.of(new ProviderServer(Protocol.IMAP, host, Port.of(993), Security.SSL_TLS),
                        new ProviderServer(Protocol.SMTP, "smtp.%EMAILDOMAIN%", Port.of(587), Security.STARTTLS)),
                UsernameFormat.LOCAL_PART, false, "from the hoster's PDF", Provider.Origin.OWN);
    }

    @Test
    void ownProvidersAreStoredFieldByFieldAndReadBackEqual() {
        Provider saved = repository.save(hoster("alpine", "imap.alpine-hosting.ch"));

        assertThat(repository.findAll()).containsExactly(saved);
        assertThat(catalog.byMx("mx2.mx.alpine-hosting.ch")).contains(saved);
        assertThat(catalog.byDomain(DomainName.of("alpine-mail.ch"))).contains(saved);
    }

    @Test
    void savingAgainReplacesTheRow() {
        repository.save(hoster("alpine", "imap.alpine-hosting.ch"));
        repository.save(hoster("alpine", "imap2.alpine-hosting.ch"));

        assertThat(repository.findAll()).singleElement()
                .satisfies(p -> assertThat(p.servers().get(0).host()).isEqualTo("imap2.alpine-hosting.ch"));
    }

    @Test
    void aShippedEntryCanBeOverriddenButNotLost() {
        Provider shipped = catalog.byId("infomaniak").orElseThrow();
        assertThat(shipped.origin()).isEqualTo(Provider.Origin.SHIPPED);

        catalog.save(hoster("infomaniak", "imap.example-override.ch"));
        assertThat(catalog.byId("infomaniak").orElseThrow().origin()).isEqualTo(Provider.Origin.OWN);
        assertThat(catalog.all().stream().filter(p -> p.id().equals("infomaniak"))).hasSize(1);

        assertThat(catalog.delete("infomaniak")).isTrue();
        assertThat(catalog.byId("infomaniak")).contains(shipped);
    }

    @Test
    void anImportIsSavedInOneGo() {
        catalog.saveAll(List.of(hoster("a", "imap.a-host.ch"), hoster("b", "imap.b-host.ch")));

        assertThat(repository.findAll()).extracting(Provider::id).containsExactlyInAnyOrder("a", "b");
    }
}
