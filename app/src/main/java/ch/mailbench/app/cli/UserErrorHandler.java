package ch.mailbench.app.cli;

import ch.mailbench.core.port.StaleDataException;
import ch.mailbench.core.port.StorageException;
import ch.mailbench.core.vault.VaultLockedException;
import ch.mailbench.core.vault.WrongMasterPasswordException;
import ch.mailbench.core.port.DatabaseAddress;
import ch.mailbench.persistence.DatabaseException;
import ch.mailbench.persistence.StorageFailures;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Turns the errors a user can act on (a database that cannot be opened, a bad value, a wrong or
 * missing master password, a missing file, a full disk, a read-only or busy database) into one plain
 * line and exit code 2, instead of a stack trace.
 */
final class UserErrorHandler implements IExecutionExceptionHandler {

    private final CliOutput output;
    private final Supplier<DatabaseAddress> database;

    /** @param database the database the command works on, named in storage failures */
    UserErrorHandler(CliOutput output, Supplier<DatabaseAddress> database) {
        this.output = output;
        this.database = database;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) throws Exception {
        if (e instanceof StorageException || e instanceof IllegalArgumentException || e instanceof WrongMasterPasswordException
                || e instanceof VaultLockedException || e instanceof StaleDataException || e instanceof NoSuchFileException
                || e instanceof UncheckedIOException) {
            output.err().println("mailbench: " + e.getMessage());
            return MailbenchCommand.EXIT_USAGE;
        }
        // A full disk, a read-only file or a busy database while a command runs: one sentence too.
        Optional<DatabaseException> storage = database.get() instanceof DatabaseAddress.SqliteFile file
                ? StorageFailures.describe(file.file(), e) : Optional.empty();
        if (storage.isPresent()) {
            output.err().println("mailbench: " + storage.get().getMessage());
            return MailbenchCommand.EXIT_USAGE;
        }
        throw e;
    }
}
