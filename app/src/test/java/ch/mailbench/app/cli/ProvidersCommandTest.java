package ch.mailbench.app.cli;

import ch.mailbench.app.AppFactory;
import ch.mailbench.persistence.DatabaseLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code mailbench providers …} on a real SQLite file. */
class ProvidersCommandTest {

    @TempDir
    Path folder;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        AppFactory factory = new AppFactory(new DatabaseLocation(Map.of(), "Linux", folder), Clock.systemUTC(), Map.of(), 1_000);
        return new MailbenchCommand(factory, UnusedConsole.launcher(factory),
                new CliOutput(new PrintWriter(out, true), new PrintWriter(err, true))).execute(args);
    }

    private String db() {
        return folder.resolve("m.db").toString();
    }

    @Test
    void listShowsTheShippedCatalogWithoutCreatingADatabase() {
        assertThat(run("providers", "list", "--db", db())).isZero();

        assertThat(out.toString()).contains("infomaniak", "Infomaniak", "shipped", "microsoft365");
        assertThat(folder.resolve("m.db")).doesNotExist();
        assertThat(run("providers", "list", "--json", "--db", db())).isZero();
        assertThat(out.toString().strip()).startsWith("[{\"key\":").contains("\"origin\":\"shipped\"");
    }

    @Test
    void anOwnProviderOverridesAShippedOneAndRemovingItBringsTheShippedOneBack() {
        assertThat(run("providers", "add", "Infomaniak", "--name", "Infomaniak (our contract)", "--domain", "client-a.ch",
                "--server", "IMAP mail.infomaniak.com 993 SSL_TLS", "--server", "SMTP mail.infomaniak.com 587 STARTTLS",
                "--username", "LOCAL_PART", "--db", db())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("overrides the shipped entry");

        assertThat(run("providers", "show", "infomaniak", "--json", "--db", db())).isZero();
        assertThat(out.toString()).contains("\"name\":\"Infomaniak (our contract)\"", "\"origin\":\"override\"",
                "\"domains\":[\"client-a.ch\"]", "{\"protocol\":\"SMTP\",\"host\":\"mail.infomaniak.com\",\"port\":587,\"security\":\"STARTTLS\"}",
                "\"username_format\":\"LOCAL_PART\"");

        assertThat(run("providers", "add", "infomaniak", "--name", "Again", "--server", "IMAP a.test 993 SSL_TLS", "--db", db()))
                .as("an own provider is not replaced silently").isEqualTo(2);
        assertThat(err.toString()).contains("exists already: add --replace");

        assertThat(run("providers", "remove", "infomaniak", "--db", db())).isZero();
        assertThat(out.toString()).contains("the shipped entry is in effect again");
        assertThat(run("providers", "show", "infomaniak", "--db", db())).isZero();
        assertThat(out.toString()).contains("# shipped with Mailbench", "name = Infomaniak\n");

        assertThat(run("providers", "remove", "infomaniak", "--db", db())).isEqualTo(1);
        assertThat(err.toString()).contains("shipped entries cannot be removed, only overridden");
    }

    @Test
    void badInputNamesTheOptionAndStoresNothing() {
        assertThat(run("providers", "add", "alpine", "--name", "Alpine", "--server", "IMAP imap.alpine.test 99999 SSL_TLS",
                "--db", db())).isEqualTo(2);
        assertThat(err.toString()).contains("--server \"IMAP imap.alpine.test 99999 SSL_TLS\"");
        assertThat(run("providers", "add", "bad key!", "--name", "X", "--server", "IMAP a.test 993 SSL_TLS", "--db", db())).isEqualTo(2);
        assertThat(err.toString()).contains("may only hold letters");
        assertThat(run("providers", "show", "alpine", "--db", db())).isEqualTo(1);
        assertThat(run("providers", "--db", db())).as("a subcommand is required").isEqualTo(2);
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

        assertThat(run("providers", "import-ispdb", ispdb.toString(), "--db", db())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("2 file(s) read, 1 provider(s) imported, 1 file(s) left out.",
                "alpine-mail.ch.xml: line", "exchange server not used", "broken.xml:");

        assertThat(run("providers", "show", "alpine-mail.ch", "--db", db())).isZero();
        assertThat(out.toString()).contains("# own provider", "server = IMAP imap.alpine-mail.ch 993 SSL_TLS", "username = LOCAL_PART");
        assertThat(run("providers", "list", "--db", db())).isZero();
        assertThat(out.toString()).contains("alpine-mail.ch", "infomaniak");
    }

    @Test
    void importingNothingUsableExitsWithOne() throws IOException {
        Path file = Files.writeString(folder.resolve("x.xml"), "<nope/>");

        assertThat(run("providers", "import-ispdb", file.toString(), "--json", "--db", db())).isEqualTo(1);
        assertThat(out.toString()).contains("\"files_read\":1", "\"imported\":[]");
        assertThat(run("providers", "import-ispdb", folder.resolve("absent").toString(), "--db", db())).isEqualTo(2);
        assertThat(err.toString()).contains("does not exist");
    }
}
