package ch.mailbench.app.cli;

import ch.mailbench.app.AppFactory;
import ch.mailbench.app.TechnicianName;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code mailbench technician}: shows or sets the name the history records for changes made on this computer. */
@Command(name = "technician", mixinStandardHelpOptions = true,
        description = {"Shows or sets your name in the history of changes (default: your user name; "
                + "$MAILBENCH_TECHNICIAN overrides both)."})
final class TechnicianCommand implements Callable<Integer> {

    static final class Change {
        @Option(names = "--set", paramLabel = "NAME", description = "Record changes under NAME.")
        String name;
        @Option(names = "--clear", description = "Go back to the user name.")
        boolean clear;
    }

    @ArgGroup(exclusive = true)
    Change change = new Change();

    private final MailbenchCommand parent;

    TechnicianCommand(MailbenchCommand parent) {
        this.parent = parent;
    }

    @Override
    public Integer call() {
        TechnicianName names = AppFactory.technicianName();
        if (change.name != null) {
            if (change.name.isBlank()) {
                throw new IllegalArgumentException("--set: the name is empty; use --clear to go back to the user name");
            }
            names.set(change.name);
        } else if (change.clear) {
            names.set("");
        }
        parent.output().out().println(names.resolve(parent.factory().environment()));
        return MailbenchCommand.EXIT_OK;
    }
}
