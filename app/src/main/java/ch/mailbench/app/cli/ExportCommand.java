package ch.mailbench.app.cli;

import ch.mailbench.app.Workbench;
import ch.mailbench.core.csv.CsvExporter;
import ch.mailbench.core.task.ProgressMonitor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
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
        // Written beside the target and moved over it, so a failed export never leaves half a file.
        Path partial = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
        int count;
        try {
            restrictToOwner(partial);
            try (OutputStream out = Files.newOutputStream(partial)) {
                count = new CsvExporter(workbench.store(), workbench.vault())
                        .export(out, semicolon ? ';' : ',', includePasswords, ProgressMonitor.silent());
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        parent.output().out().printf("Exported %d mailbox(es) to %s%n", count, target);
        if (includePasswords) {
            parent.output().err().printf("%s holds passwords in plain text: keep it safe and delete it when done.%n", target);
        }
        return MailbenchCommand.EXIT_OK;
    }

    /** Only the owner may read the file where the system allows it (it may hold passwords). */
    private static void restrictToOwner(Path path) throws IOException {
        if (Files.getFileStore(path).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
