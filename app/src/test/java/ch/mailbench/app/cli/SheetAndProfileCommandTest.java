package ch.mailbench.app.cli;

import ch.mailbench.app.AppFactory;
import ch.mailbench.app.Workbench;
import ch.mailbench.core.model.Customer;
import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.MailboxType;
import ch.mailbench.core.model.Outcome;
import ch.mailbench.core.model.Protocol;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.SheetLanguage;
import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.core.model.Verification;
import ch.mailbench.core.port.Repositories;
import ch.mailbench.core.profile.AutoconfigParser;
import ch.mailbench.core.profile.AutodiscoverParser;
import ch.mailbench.persistence.DatabaseLocation;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The sheet, profile and shop commands against a real database file. */
class SheetAndProfileCommandTest {

    private static final String MASTER = "correct horse battery";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-12T14:00:00Z"), ZoneId.of("Europe/Zurich"));

    @TempDir
    Path folder;

    private final CommandRunner cli = new CommandRunner(() -> factory(Map.of()));
    private Path db;

    @BeforeEach
    void createCustomer() {
        db = folder.resolve("m.db");
        Workbench workbench = factory(Map.of()).open(db);
        Repositories repositories = workbench.store().repositories();
        Customer dupont = repositories.customers().insert(Customer.create("Boulangerie Dupont", SheetLanguage.FR));
        ServerSettings infomaniak = ServerSettings.of(MailboxType.IMAP, Endpoint.of("mail.infomaniak.com", 993, Security.SSL_TLS),
                Endpoint.of("mail.infomaniak.com", 465, Security.SSL_TLS), true, UsernameFormat.FULL_ADDRESS);
        MailDomain domain = repositories.domains().insert(MailDomain.create(dupont.id(), DomainName.of("bäckerei-dupont.ch"), "Infomaniak", infomaniak));
        Mailbox marie = repositories.mailboxes().insert(Mailbox.create(domain.id(), EmailAddress.parse("marie@bäckerei-dupont.ch"), "Marie Dupont"));
        repositories.mailboxes().insert(Mailbox.create(domain.id(), EmailAddress.parse("compta@bäckerei-dupont.ch"), "Comptabilité")
                .withOwnSettings(Optional.of(ServerSettings.of(MailboxType.POP3, Endpoint.of("pop.bäckerei-dupont.ch", 110, Security.STARTTLS),
                        Endpoint.of("smtp.bäckerei-dupont.ch", 587, Security.STARTTLS), true, UsernameFormat.LOCAL_PART))));
        String username = "marie@xn--bckerei-dupont-5hb.ch";
        repositories.verifications().add(new Verification(0, marie.id(), Instant.parse("2026-03-10T08:30:00Z"), Protocol.IMAP,
                Endpoint.of("mail.infomaniak.com", 993, Security.SSL_TLS), username, UsernameFormat.FULL_ADDRESS, Outcome.OK, 80,
                Optional.empty(), "", ""));
        repositories.verifications().add(new Verification(0, marie.id(), Instant.parse("2026-03-10T08:30:01Z"), Protocol.SMTP,
                Endpoint.of("mail.infomaniak.com", 465, Security.SSL_TLS), username, UsernameFormat.FULL_ADDRESS, Outcome.OK, 90,
                Optional.empty(), "", ""));
        // A later failure with other settings must not hide the success with the settings on the sheet.
        repositories.verifications().add(new Verification(0, marie.id(), Instant.parse("2026-03-11T08:30:00Z"), Protocol.IMAP,
                Endpoint.of("imap.old-host.ch", 993, Security.SSL_TLS), username, UsernameFormat.FULL_ADDRESS, Outcome.HOST_NOT_FOUND, 5,
                Optional.empty(), "", ""));
        workbench.vault().setUp(MASTER.toCharArray(), Duration.ofMinutes(10));
        workbench.vault().storePassword(marie.id(), "Croissant-42!".toCharArray());
    }

    @Test
    void writesTheSheetOfOneMailboxInTheCustomersLanguage() throws IOException {
        Path pdf = folder.resolve("out/marie.pdf");

        assertThat(run(Map.of(), "sheet", "--mailbox", "marie@bäckerei-dupont.ch", "--out", pdf.toString())).isZero();

        assertThat(cli.out()).contains("Wrote", "(1 page, fr)");
        String text = text(pdf);
        assertThat(text).contains("Configuration e-mail", "marie@xn--bckerei-dupont-5hb.ch", "mail.infomaniak.com", "993", "465",
                "SSL/TLS", "Dernière vérification réussie : 10 mars 2026, 09:30", "communiqué séparément", "iPhone", "Android", "Outlook")
                .doesNotContain("Croissant-42!", "Thunderbird");
    }

    @Test
    void writesACustomerPackInAnotherLanguageForChosenDevicesAndSaysWhatWasNeverChecked() throws IOException {
        Path pdf = folder.resolve("pack.pdf");

        assertThat(run(Map.of(), "sheet", "--customer", "boulangerie dupont", "--out", pdf.toString(), "--lang", "de",
                "--devices", "thunderbird,macos")).isZero();

        assertThat(cli.out()).contains("(3 pages, de)");
        assertThat(cli.err()).contains("Note: compta@bäckerei-dupont.ch was never checked successfully");
        String text = text(pdf);
        assertThat(text).contains("Postfächer: 2", "compta@bäckerei-dupont.ch", "pop.xn--bckerei-dupont-5hb.ch", "110", "STARTTLS",
                "nur der Teil vor dem @", "Thunderbird", "Mac (Mail)").doesNotContain("iPhone");
    }

    @Test
    void printsThePasswordFromTheVaultOnlyWhenAskedAndUnlocked() throws IOException {
        Path pdf = folder.resolve("with-password.pdf");

        assertThat(run(Map.of(), "sheet", "--mailbox", "marie@bäckerei-dupont.ch", "--out", pdf.toString(), "--include-password"))
                .isEqualTo(MailbenchCommand.EXIT_USAGE);
        assertThat(cli.err()).contains("No password is stored for marie@bäckerei-dupont.ch (or the vault stayed locked)");
        assertThat(pdf).doesNotExist();

        assertThat(run(Map.of(MasterPasswordInput.ENVIRONMENT_VARIABLE, MASTER),
                "sheet", "--mailbox", "marie@bäckerei-dupont.ch", "--out", pdf.toString(), "--include-password")).isZero();
        assertThat(text(pdf)).contains("Croissant-42!").doesNotContain("communiqué séparément");
    }

    @Test
    void refusesUnknownMailboxesDevicesAndLanguagesWithAPlainMessage() {
        Path pdf = folder.resolve("x.pdf");
        assertThat(run(Map.of(), "sheet", "--mailbox", "nobody@bäckerei-dupont.ch", "--out", pdf.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("There is no mailbox nobody@bäckerei-dupont.ch in the database");
        assertThat(run(Map.of(), "sheet", "--customer", "Dupont", "--out", pdf.toString(), "--devices", "iphone,blackberry")).isEqualTo(2);
        assertThat(cli.err()).contains("Unknown device \"blackberry\"");
        assertThat(run(Map.of(), "sheet", "--customer", "Boulangerie Dupont", "--out", pdf.toString(), "--lang", "es")).isEqualTo(2);
        assertThat(cli.err()).contains("The sheet language must be one of fr, de, en, it");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void exportsProfilesThatParseBackToTheSameSettings() throws IOException {
        Path autoconfig = folder.resolve("config-v1.1.xml");
        Path autodiscover = folder.resolve("autodiscover.xml");
        Path mobileconfig = folder.resolve("compta.mobileconfig");

        assertThat(run(Map.of(), "profile", "--domain", "bäckerei-dupont.ch", "--format", "autoconfig", "--out", autoconfig.toString())).isZero();
        assertThat(cli.out()).contains("Publish it at https://autoconfig.xn--bckerei-dupont-5hb.ch/mail/config-v1.1.xml");
        assertThat(run(Map.of(), "profile", "--mailbox", "compta@bäckerei-dupont.ch", "--format", "autodiscover", "--out", autodiscover.toString())).isZero();
        assertThat(run(Map.of(), "profile", "--mailbox", "compta@bäckerei-dupont.ch", "--format", "mobileconfig", "--out", mobileconfig.toString())).isZero();

        EmailAddress marie = EmailAddress.parse("marie@bäckerei-dupont.ch");
        assertThat(new AutoconfigParser().parse(Files.readAllBytes(autoconfig)).settingsFor(marie).orElseThrow().incoming())
                .contains(Endpoint.of("mail.infomaniak.com", 993, Security.SSL_TLS));
        EmailAddress compta = EmailAddress.parse("compta@bäckerei-dupont.ch");
        assertThat(new AutodiscoverParser().parse(Files.readAllBytes(autodiscover)).settingsFor(compta).orElseThrow().usernameFormat())
                .isEqualTo(UsernameFormat.LOCAL_PART);
        assertThat(Files.readString(mobileconfig)).contains("<string>com.apple.mail.managed</string>", "<string>EmailTypePOP</string>",
                "<string>compta</string>").doesNotContain("Password</key>\n    <string>");
    }

    @Test
    void refusesProfilesThatCannotSayWhatIsNeeded() {
        assertThat(run(Map.of(), "profile", "--domain", "bäckerei-dupont.ch", "--format", "mobileconfig", "--out", folder.resolve("a").toString())).isEqualTo(2);
        assertThat(cli.err()).contains("A mobileconfig holds one mailbox's account: use --mailbox");
        assertThat(run(Map.of(), "profile", "--mailbox", "marie@bäckerei-dupont.ch", "--format", "pdf", "--out", folder.resolve("b").toString())).isEqualTo(2);
        assertThat(cli.err()).contains("must be mobileconfig, autoconfig or autodiscover");
    }

    @Test
    void shopSettingsAreShownAndChanged() throws IOException {
        Path logo = Files.write(folder.resolve("logo.png"), java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="));

        assertThat(run(Map.of(), "shop", "--name", "Informatique Favre Sàrl", "--contact", "Rue du Lac 12, Lausanne",
                "--contact", "+41 21 555 77 88", "--logo", logo.toString(), "--paper", "letter")).isZero();
        assertThat(run(Map.of(), "shop")).isZero();

        assertThat(cli.out()).contains("Name:    Informatique Favre Sàrl", "Rue du Lac 12, Lausanne\n         +41 21 555 77 88",
                "Logo:    ", "Paper:   Letter");
        Path pdf = folder.resolve("letter.pdf");
        assertThat(run(Map.of(), "sheet", "--mailbox", "marie@bäckerei-dupont.ch", "--out", pdf.toString())).isZero();
        assertThat(text(pdf)).contains("Informatique Favre Sàrl", "+41 21 555 77 88");
    }

    @Test
    void theBenchmarkPrintsItsFigures() {
        assertThat(run(Map.of(), "bench-sheets", "--sheets", "3", "--runs", "2")).isZero();

        assertThat(cli.out()).contains("One sheet, warm, 2 runs:", "goal <= 50 ms", "Pack of 3 sheets + cover:");
    }

    private AppFactory factory(Map<String, String> environment) {
        return new AppFactory(new DatabaseLocation(Map.of(), "Linux", folder), CLOCK, environment, 1_000);
    }

    private int run(Map<String, String> environment, String... args) {
        return cli.run(factory(environment), Stream.concat(Stream.of("--db", db.toString()), Arrays.stream(args)).toArray(String[]::new));
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
