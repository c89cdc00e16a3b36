package ch.mailbench.app.cli;

import ch.mailbench.app.Workbench;
import ch.mailbench.core.io.AtomicFile;
import ch.mailbench.core.model.Customer;
import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.port.Repositories;
import ch.mailbench.core.profile.AutoconfigWriter;
import ch.mailbench.core.profile.AutodiscoverWriter;
import ch.mailbench.core.profile.MobileconfigWriter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code mailbench profile}: files that set up a device or a mail program without typing —
 * an Apple .mobileconfig for a mailbox, a Thunderbird autoconfig file or an Outlook autodiscover
 * file for a domain (or a mailbox).
 */
@Command(name = "profile", mixinStandardHelpOptions = true,
        header = "Exports a device profile: .mobileconfig (mailbox), autoconfig or autodiscover XML (domain).",
        description = {"Exports the recorded settings as a device profile:",
                "  mobileconfig  Apple configuration profile for one mailbox (iPhone, iPad, Mac)",
                "  autoconfig    Thunderbird config-v1.1.xml for a domain, to publish on the web",
                "  autodiscover  Outlook autodiscover.xml (POX) for a domain or one mailbox"})
final class ProfileCommand implements Callable<Integer> {

    enum Format { MOBILECONFIG, AUTOCONFIG, AUTODISCOVER }

    static final class Target {
        @Option(names = "--mailbox", paramLabel = "EMAIL", required = true, description = "A mailbox (mobileconfig, autodiscover).")
        String mailbox;

        @Option(names = "--domain", paramLabel = "DOMAIN", required = true, description = "A domain's default settings (autoconfig, autodiscover).")
        String domain;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Target target;

    @Option(names = "--format", required = true, paramLabel = "mobileconfig|autoconfig|autodiscover",
            converter = FormatConverter.class, description = "What to write.")
    private Format format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    private Path out;

    @Option(names = "--include-password",
            description = "mobileconfig only: put the password into the profile (from the vault). Without it the device asks.")
    private boolean includePassword;

    @Mixin
    private MasterPasswordOptions masterPassword;

    private final MailbenchCommand parent;

    ProfileCommand(MailbenchCommand parent) {
        this.parent = parent;
    }

    @Override
    public Integer call() {
        if (includePassword && format != Format.MOBILECONFIG) {
            throw new IllegalArgumentException("--include-password only applies to --format mobileconfig");
        }
        Workbench workbench = masterPassword.open(parent);
        byte[] file = target.mailbox != null ? forMailbox(workbench, EmailAddress.parse(target.mailbox))
                : forDomain(workbench, DomainName.of(target.domain));
        // Autoconfig and autodiscover files are meant for a web server; a device profile is the customer's.
        AtomicFile.write(out, format == Format.MOBILECONFIG ? AtomicFile.Access.OWNER_ONLY : AtomicFile.Access.AS_UMASK,
                stream -> stream.write(file));
        PrintWriter printer = parent.output().out();
        printer.printf("Wrote %s%n", out);
        if (target.domain != null) {
            DomainName domain = DomainName.of(target.domain);
            List<String> urls = format == Format.AUTOCONFIG ? new AutoconfigWriter().publishUrls(domain)
                    : new AutodiscoverWriter().publishUrls(domain);
            printer.printf("Publish it at %s%n", urls.get(0));
            printer.printf("  (or at %s). Clients fetch it over HTTPS: the name needs a DNS record and a valid certificate.%n", urls.get(1));
            if (format == Format.AUTODISCOVER) {
                printer.println("  Outlook POSTs its request there: the web server must answer POST with this file.");
            }
        }
        return MailbenchCommand.EXIT_OK;
    }

    private byte[] forMailbox(Workbench workbench, EmailAddress address) {
        Repositories repositories = workbench.store().repositories();
        Mailbox mailbox = repositories.mailboxes().findByAddress(address)
                .orElseThrow(() -> new IllegalArgumentException("There is no mailbox " + address.unicode() + " in the database"));
        MailDomain domain = repositories.domains().findById(mailbox.domainId()).orElseThrow();
        ServerSettings settings = mailbox.effectiveSettings(domain);
        switch (format) {
            case MOBILECONFIG:
                Optional<char[]> password = includePassword ? Optional.of(workbench.passwords().passwordFor(mailbox)
                        .orElseThrow(() -> new IllegalArgumentException("No password is stored for " + address.unicode()
                                + " (or the vault stayed locked): export without --include-password, or store it first")))
                        : Optional.empty();
                try {
                    return new MobileconfigWriter().write(address, mailbox.displayName(), settings,
                            workbench.shop().load().name(), password);
                } finally {
                    password.ifPresent(p -> Arrays.fill(p, '\0'));
                }
            case AUTODISCOVER:
                return new AutodiscoverWriter().write(address, settings);
            default:
                throw new IllegalArgumentException("autoconfig describes a whole domain: use --domain " + address.domain().unicode());
        }
    }

    private byte[] forDomain(Workbench workbench, DomainName name) {
        Repositories repositories = workbench.store().repositories();
        MailDomain domain = repositories.domains().findByName(name)
                .orElseThrow(() -> new IllegalArgumentException("There is no domain " + name.unicode() + " in the database"));
        switch (format) {
            case AUTOCONFIG:
                String displayName = repositories.customers().findById(domain.customerId()).map(Customer::name).orElse("");
                return new AutoconfigWriter().write(domain.name(), displayName, domain.defaults());
            case AUTODISCOVER:
                return new AutodiscoverWriter().write(domain.name(), domain.defaults());
            default:
                throw new IllegalArgumentException("A mobileconfig holds one mailbox's account: use --mailbox");
        }
    }

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("must be mobileconfig, autoconfig or autodiscover, not \"" + value + "\"");
            }
        }
    }
}
