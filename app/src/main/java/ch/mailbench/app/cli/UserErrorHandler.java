package ch.mailbench.app.cli;

import ch.mailbench.persistence.DatabaseException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns the errors a user can act on (a database that cannot be opened, a bad value) into one
 * plain line and exit code 2, instead of a stack trace.
 */
final class UserErrorHandler implements IExecutionExceptionHandler {

    private final CliOutput output;

    UserErrorHandler(CliOutput output) {
        this.output = output;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) throws Exception {
        if (e instanceof DatabaseException || e instanceof IllegalArgumentException || e instanceof java.io.UncheckedIOException) {
            output.err().println("mailbench: " + e.getMessage());
            return MailbenchCommand.EXIT_USAGE;
        }
        throw e;
    }
}
