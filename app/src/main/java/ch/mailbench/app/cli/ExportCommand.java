package ch.mailbench.app.cli;

import ch.mailbench.app.Workbench;
import ch.mailbench.core.csv.CsvExporter;
import ch.mailbench.core.io.AtomicFile;
import ch.mailbench.core.task.ProgressMonitor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code mailbench export FILE.csv}: every mailbox in the format {@code import} reads. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes every mailbox with its customer, domain and settings to a CSV file that import reads back.",
                "Passwords are left out unless --include-passwords is given (which needs the master password)."})
final class ExportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE.csv", description = "The CSV file to write (replaced if it exists).")
    private Path file;

    @Option(names = "--include-passwords", description = "Also write the stored passwords, in plain text.")
    private boolean includePasswords;

    @Option(names = "--semicolon", description = "Separate with semicolons, as Excel expects in French and German locales.")
    private boolean semicolon;

    @Mixin
    private MasterPasswordOptions masterPassword;

    private final MailbenchCommand parent;

    ExportCommand(MailbenchCommand parent) {
        this.parent = parent;
    }

    @Override
    public Integer call() throws IOException {
        Workbench workbench = masterPassword.open(parent);
        if (includePasswords) {
            masterPassword.require(workbench.vault(), "--include-passwords decrypts the stored passwords");
        }
        Path target = file.toAbsolutePath();
        AtomicFile.requireReplaceable(target);
        int[] count = new int[1];
        // Owner-only: the customer list, and with --include-passwords the passwords in plain text.
        AtomicFile.write(target, AtomicFile.Access.OWNER_ONLY, out -> count[0] = new CsvExporter(workbench.store(), workbench.vault())
                .export(out, semicolon ? ';' : ',', includePasswords, ProgressMonitor.silent()));
        parent.output().out().printf("Exported %d mailbox(es) to %s%n", count[0], target);
        if (includePasswords) {
            parent.output().err().printf("%s holds passwords in plain text: keep it safe and delete it when done.%n", target);
        }
        return MailbenchCommand.EXIT_OK;
    }
}
