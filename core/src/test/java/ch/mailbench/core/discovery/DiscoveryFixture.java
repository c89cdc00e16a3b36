package ch.mailbench.core.discovery;

import ch.mailbench.core.discovery.loopback.LoopbackDns;
import ch.mailbench.core.discovery.loopback.LoopbackWeb;
import ch.mailbench.core.model.Provider;
import ch.mailbench.core.port.ProviderRepository;
import ch.mailbench.core.port.TrustedCertificateRepository;
import ch.mailbench.core.probe.CertificateTrust;
import ch.mailbench.core.probe.testing.GreenMailServers;
import ch.mailbench.core.probe.testing.TestPki;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * Real loopback servers for discovery tests: an HTTPS and an HTTP server (autoconfig, autodiscover)
 * on 127.0.0.1 with the test PKI's certificate for localhost and *.bench.mailbench.test, GreenMail
 * as the mail servers (its TLS ports stand in for 993/995/465, its plain ones for 143/110/587/25),
 * and a fresh DNS responder per test holding that test's records.
 */
final class DiscoveryFixture implements AutoCloseable {

    final GreenMailServers mail = new GreenMailServers();
    final LoopbackWeb https;
    final LoopbackWeb http;
    final List<Provider> own = new ArrayList<>();

    DiscoveryFixture() throws IOException {
        https = new LoopbackWeb("127.0.0.1", Optional.of(serverContext()));
        http = new LoopbackWeb("127.0.0.1", Optional.empty());
    }

    PortMap ports() {
        var gm = mail.greenMail();
        return new PortMap(https.port(), http.port(), Map.of(
                993, gm.getImaps().getPort(), 143, gm.getImap().getPort(),
                995, gm.getPop3s().getPort(), 110, gm.getPop3().getPort(),
                465, gm.getSmtps().getPort(), 587, gm.getSmtp().getPort(), 25, gm.getSmtp().getPort()));
    }

    DiscoveryOptions options(LoopbackDns dns, Duration timeout) {
        return DiscoveryOptions.defaults().withTimeout(timeout).withDnsServer(dns.address()).withPorts(ports());
    }

    DiscoveryService service() {
        ProviderCatalog catalog = new ProviderCatalog(CatalogFile.shipped(), new InMemoryProviders());
        return new DiscoveryService(catalog, TestPki.get().caTrust(),
                new CertificateTrust(TestPki.get().caTrust(), TrustedCertificateRepository.none()));
    }

    private static SSLContext serverContext() {
        try (InputStream in = new FileInputStream(TestPki.get().keyStore(TestPki.Leaf.LOCALHOST).toFile())) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, TestPki.PASSWORD.toCharArray());
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, TestPki.PASSWORD.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        https.close();
        http.close();
        mail.close();
    }

    private final class InMemoryProviders implements ProviderRepository {
        @Override
        public List<Provider> findAll() {
            return List.copyOf(own);
        }

        @Override
        public Provider save(Provider provider) {
            own.add(provider);
            return provider;
        }

        @Override
        public void saveAll(List<Provider> providers) {
            own.addAll(providers);
        }

        @Override
        public boolean delete(String id) {
            return own.removeIf(p -> p.id().equals(id));
        }
    }

    static String autoconfig(String imapHost, int imapPort, String socketType, String smtpHost, int smtpPort, String username) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <clientConfig version="1.1">
                  <emailProvider id="test">
                    <domain>example.test</domain>
                    <displayName>Test hoster</displayName>
                    <incomingServer type="imap">
                      <hostname>%s</hostname><port>%d</port><socketType>%s</socketType>
                      <username>%s</username><authentication>password-cleartext</authentication>
                    </incomingServer>
                    <outgoingServer type="smtp">
                      <hostname>%s</hostname><port>%d</port><socketType>SSL</socketType>
                      <username>%s</username><authentication>password-cleartext</authentication>
                    </outgoingServer>
                  </emailProvider>
                </clientConfig>
                """.formatted(imapHost, imapPort, socketType, username, smtpHost, smtpPort, username);
    }
}
