package ch.mailbench.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code mailbench providers …} on a real SQLite file. */
class ProvidersCommandTest {

    @TempDir
    Path folder;

    private final CommandRunner cli = CommandRunner.inHome(() -> folder);

    private String db() {
        return folder.resolve("m.db").toString();
    }

    @Test
    void listShowsTheShippedCatalogWithoutCreatingADatabase() {
        assertThat(cli.run("providers", "list", "--db", db())).isZero();

        assertThat(cli.out()).contains("infomaniak", "Infomaniak", "shipped", "microsoft365");
        assertThat(folder.resolve("m.db")).doesNotExist();
        assertThat(cli.run("providers", "list", "--json", "--db", db())).isZero();
        assertThat(cli.out().strip()).startsWith("[{\"key\":").contains("\"origin\":\"shipped\"");
    }

    @Test
    void anOwnProviderOverridesAShippedOneAndRemovingItBringsTheShippedOneBack() {
        assertThat(cli.run("providers", "add", "Infomaniak", "--name", "Infomaniak (our contract)", "--domain", "client-a.ch",
                "--server", "IMAP mail.infomaniak.com 993 SSL_TLS", "--server", "SMTP mail.infomaniak.com 587 STARTTLS",
                "--username", "LOCAL_PART", "--db", db())).as(cli.err()).isZero();
        assertThat(cli.out()).contains("overrides the shipped entry");

        assertThat(cli.run("providers", "show", "infomaniak", "--json", "--db", db())).isZero();
        assertThat(cli.out()).contains("\"name\":\"Infomaniak (our contract)\"", "\"origin\":\"override\"",
                "\"domains\":[\"client-a.ch\"]", "{\"protocol\":\"SMTP\",\"host\":\"mail.infomaniak.com\",\"port\":587,\"security\":\"STARTTLS\"}",
                "\"username_format\":\"LOCAL_PART\"");

        assertThat(cli.run("providers", "add", "infomaniak", "--name", "Again", "--server", "IMAP a.test 993 SSL_TLS", "--db", db()))
                .as("an own provider is not replaced silently").isEqualTo(2);
        assertThat(cli.err()).contains("exists already: add --replace");

        assertThat(cli.run("providers", "remove", "infomaniak", "--db", db())).isZero();
        assertThat(cli.out()).contains("the shipped entry is in effect again");
        assertThat(cli.run("providers", "show", "infomaniak", "--db", db())).isZero();
        assertThat(cli.out()).contains("# shipped with Mailbench", "name = Infomaniak\n");

        assertThat(cli.run("providers", "remove", "infomaniak", "--db", db())).isEqualTo(1);
        assertThat(cli.err()).contains("shipped entries cannot be removed, only overridden");
    }

    @Test
    void badInputNamesTheOptionAndStoresNothing() {
        assertThat(cli.run("providers", "add", "alpine", "--name", "Alpine", "--server", "IMAP imap.alpine.test 99999 SSL_TLS",
                "--db", db())).isEqualTo(2);
        assertThat(cli.err()).contains("--server \"IMAP imap.alpine.test 99999 SSL_TLS\"");
        assertThat(cli.run("providers", "add", "bad key!", "--name", "X", "--server", "IMAP a.test 993 SSL_TLS", "--db", db())).isEqualTo(2);
        assertThat(cli.err()).contains("may only hold letters");
        assertThat(cli.run("providers", "show", "alpine", "--db", db())).isEqualTo(1);
        assertThat(cli.run("providers", "--db", db())).as("a subcommand is required").isEqualTo(2);
    }

    @Test
    void importingAnIspdbFolderStoresOwnProvidersAndReportsQuirks() throws IOException {
        Path ispdb = Files.createDirectory(folder.resolve("ispdb"));
        Files.writeString(ispdb.resolve("alpine-mail.ch.xml"), """
                <?xml version="1.0"?>
                <clientConfig version="1.1">
                  <emailProvider id="alpine-mail.ch">
                    <domain>alpine-mail.ch</domain>
                    <displayName>Alpine Mail</displayName>
                    <incomingServer type="imap">
                      <hostname>imap.alpine-mail.ch</hostname><port>993</port><socketType>SSL</socketType>
                      <username>%EMAILLOCALPART%</username><authentication>password-cleartext</authentication>
                    </incomingServer>
                    <incomingServer type="exchange">
                      <hostname>ews.alpine-mail.ch</hostname><port>443</port><socketType>SSL</socketType>
                      <username>%EMAILADDRESS%</username><authentication>OAuth2</authentication>
                    </incomingServer>
                    <outgoingServer type="smtp">
                      <hostname>smtp.alpine-mail.ch</hostname><port>465</port><socketType>SSL</socketType>
                      <username>%EMAILLOCALPART%</username><authentication>password-cleartext</authentication>
                    </outgoingServer>
                  </emailProvider>
                </clientConfig>
                """);
        Files.writeString(ispdb.resolve("broken.xml"), "this is not XML");

        assertThat(cli.run("providers", "import-ispdb", ispdb.toString(), "--db", db())).as(cli.err()).isZero();
        assertThat(cli.out()).contains("2 file(s) read, 1 provider(s) imported, 1 file(s) left out.",
                "alpine-mail.ch.xml: line", "exchange server not used", "broken.xml:");

        assertThat(cli.run("providers", "show", "alpine-mail.ch", "--db", db())).isZero();
        assertThat(cli.out()).contains("# own provider", "server = IMAP imap.alpine-mail.ch 993 SSL_TLS", "username = LOCAL_PART");
        assertThat(cli.run("providers", "list", "--db", db())).isZero();
        assertThat(cli.out()).contains("alpine-mail.ch", "infomaniak");
    }

    @Test
    void importingNothingUsableExitsWithOne() throws IOException {
        Path file = Files.writeString(folder.resolve("x.xml"), "<nope/>");

        assertThat(cli.run("providers", "import-ispdb", file.toString(), "--json", "--db", db())).isEqualTo(1);
        assertThat(cli.out()).contains("\"files_read\":1", "\"imported\":[]");
        assertThat(cli.run("providers", "import-ispdb", folder.resolve("absent").toString(), "--db", db())).isEqualTo(2);
        assertThat(cli.err()).contains("does not exist");
    }
}
