package ch.mailbench.app.cli;

import ch.mailbench.app.Workbench;
import ch.mailbench.core.csv.CsvImporter;
import ch.mailbench.core.csv.CsvReader;
import ch.mailbench.core.csv.ImportFile;
import ch.mailbench.core.csv.ImportReport;
import ch.mailbench.core.task.ProgressMonitor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code mailbench import FILE.csv}: customers, domains and mailboxes from a CSV file, all or nothing. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports customers, domains and mailboxes from a CSV file (UTF-8, comma or semicolon separated).",
                "Columns by header name: customer, domain, email, display_name, type, password, incoming_host, incoming_port,",
                "incoming_security, smtp_host, smtp_port, smtp_security, username_format, notes (only customer and email are required).",
                "All or nothing: with any bad line nothing is written and every problem is listed.",
                "Importing the same file again changes nothing; changed fields are updated and listed."})
final class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE.csv", description = "The CSV file to import.")
    private Path file;

    @Option(names = "--skip-invalid", description = "Import the valid lines and list the others, instead of importing nothing.")
    private boolean skipInvalid;

    @Mixin
    private MasterPasswordOptions masterPassword;

    private final MailbenchCommand parent;

    ImportCommand(MailbenchCommand parent) {
        this.parent = parent;
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("There is no file " + file);
        }
        ImportFile parsed = new CsvReader().read(Files.readAllBytes(file));
        Workbench workbench = masterPassword.openForStoring(parent);
        if (parsed.hasPasswords()) {
            masterPassword.require(workbench.vault(), file.getFileName() + " has passwords, which are stored encrypted");
        }
        ImportReport report = new CsvImporter(workbench.store(), workbench.vault(), parent.factory().languageForNewCustomers(workbench.shop()))
                .importRows(parsed, skipInvalid, ProgressMonitor.silent());
        report.summaryLines().forEach((report.written() ? parent.output().out() : parent.output().err())::println);
        return report.written() ? MailbenchCommand.EXIT_OK : MailbenchCommand.EXIT_FAILED;
    }
}
