package ch.mailbench.app.cli;

import ch.mailbench.app.Workbench;
import ch.mailbench.core.io.AtomicFile;
import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.SheetLanguage;
import ch.mailbench.core.sheet.Device;
import ch.mailbench.core.sheet.SheetJob;
import ch.mailbench.core.sheet.SheetOptions;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code mailbench sheet}: the setup sheet of one mailbox, or a customer's pack, as a PDF file. */
@Command(name = "sheet", mixinStandardHelpOptions = true,
        description = {"Writes the setup sheet of a mailbox, or the pack of all a customer's mailboxes (with a cover page), as PDF.",
                "The sheet shows the settings recorded for the mailbox and its last successful check."})
final class SheetCommand implements Callable<Integer> {

    static final class Target {
        @Option(names = "--mailbox", paramLabel = "EMAIL", required = true, description = "One mailbox: one page.")
        String mailbox;

        @Option(names = "--customer", paramLabel = "NAME", required = true, description = "Every mailbox of the customer, after a cover page.")
        String customer;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Target target;

    @Option(names = "--out", paramLabel = "FILE.pdf", required = true, description = "The PDF file to write.")
    private Path out;

    @Option(names = "--lang", paramLabel = "fr|de|en|it", description = "The sheet language (default: the customer's).")
    private String language;

    @Option(names = "--devices", paramLabel = "LIST",
            description = "Devices to explain, comma-separated: iphone, android, outlook, thunderbird, macos (default: iphone,android,outlook; about three fit one page).")
    private String devices;

    @Option(names = "--include-password",
            description = "Print the password on the sheet (read from the vault: master password from MAILBENCH_MASTER_PASSWORD or --master-password-file).")
    private boolean includePassword;

    @Mixin
    private MasterPasswordOptions masterPassword;

    private final MailbenchCommand parent;

    SheetCommand(MailbenchCommand parent) {
        this.parent = parent;
    }

    @Override
    public Integer call() {
        AtomicFile.requireReplaceable(out);
        SheetOptions options = new SheetOptions(
                Optional.ofNullable(language).map(SheetLanguage::fromCode),
                devices == null ? SheetOptions.DEFAULT_DEVICES : Device.parseList(devices),
                includePassword);
        Workbench workbench = masterPassword.open(parent);
        SheetJob job = target.mailbox != null
                ? workbench.sheets().forMailbox(EmailAddress.parse(target.mailbox), options)
                : workbench.sheets().forCustomer(target.customer, options);
        // Owner-only: a sheet may carry the password and always carries the customer's settings.
        AtomicFile.write(out, AtomicFile.Access.OWNER_ONLY, stream -> workbench.sheets().write(job, stream));
        job.sheets().stream().filter(s -> s.lastSuccess().isEmpty()).forEach(s -> parent.output().err().println(
                "Note: " + s.mailbox().address().unicode() + " was never checked successfully with these settings."));
        parent.output().out().printf("Wrote %s (%d %s, %s)%n", out, job.pageCount(), job.pageCount() == 1 ? "page" : "pages",
                job.language().code());
        return MailbenchCommand.EXIT_OK;
    }
}
