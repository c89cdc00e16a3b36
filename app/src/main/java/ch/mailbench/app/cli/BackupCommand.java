package ch.mailbench.app.cli;

import ch.mailbench.app.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code mailbench backup FILE}: a consistent copy of the database, also while the console is writing to it. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Writes a consistent copy of the database to FILE, also while Mailbench is open and writing.",
                "Passwords stay encrypted in the copy. Open it with --db FILE, or copy it over the database to restore."})
final class BackupCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The backup file to write (replaced if it exists).")
    private Path target;

    private final MailbenchCommand parent;

    BackupCommand(MailbenchCommand parent) {
        this.parent = parent;
    }

    @Override
    public Integer call() throws Exception {
        Workbench workbench = parent.factory().open(parent.databasePath());
        Optional<Path> database = workbench.database().file();
        if (database.isPresent() && Files.exists(target) && Files.isSameFile(target, database.get())) {
            throw new IllegalArgumentException("The backup cannot replace the database itself; choose another file");
        }
        workbench.database().backUpTo(target);
        parent.output().out().printf("Backed up %s to %s (%,d bytes)%n", workbench.database().location(), target.toAbsolutePath(), Files.size(target));
        return MailbenchCommand.EXIT_OK;
    }
}
