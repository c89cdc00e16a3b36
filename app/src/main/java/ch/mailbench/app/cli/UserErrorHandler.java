package ch.mailbench.app.cli;

import ch.mailbench.core.port.StaleDataException;
import ch.mailbench.core.port.StorageException;
import ch.mailbench.core.vault.VaultLockedException;
import ch.mailbench.core.vault.WrongMasterPasswordException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;

/**
 * Turns the errors a user can act on (a database that cannot be opened, a bad value, a wrong or
 * missing master password, a missing file) into one plain line and exit code 2, instead of a stack trace.
 */
final class UserErrorHandler implements IExecutionExceptionHandler {

    private final CliOutput output;

    UserErrorHandler(CliOutput output) {
        this.output = output;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) throws Exception {
        if (e instanceof StorageException || e instanceof IllegalArgumentException || e instanceof WrongMasterPasswordException
                || e instanceof VaultLockedException || e instanceof StaleDataException || e instanceof NoSuchFileException
                || e instanceof UncheckedIOException) {
            output.err().println("mailbench: " + e.getMessage());
            return MailbenchCommand.EXIT_USAGE;
        }
        throw e;
    }
}
