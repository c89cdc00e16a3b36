package ch.mailbench.app.cli;

import ch.mailbench.app.Workbench;
import ch.mailbench.core.model.Customer;
import ch.mailbench.core.model.SheetLanguage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code mailbench customers}: lists the customers with their sheet language; with
 * {@code --set-sheet-language}, changes it for the customers named by {@code --customer} (or all).
 */
@Command(name = "customers", mixinStandardHelpOptions = true,
        description = {"Lists the customers and the language of their setup sheets.",
                "With --set-sheet-language, changes that language for the customers given by --customer, or for --all."})
final class CustomersCommand implements Callable<Integer> {

    @Option(names = "--set-sheet-language", paramLabel = "fr|de|en|it",
            description = "The language to print these customers' setup sheets in.")
    private String language;

    @Option(names = "--customer", paramLabel = "NAME", description = "A customer, by name (case ignored); repeat for several.")
    private List<String> customers;

    @Option(names = "--all", description = "Every customer.")
    private boolean all;

    private final MailbenchCommand parent;

    CustomersCommand(MailbenchCommand parent) {
        this.parent = parent;
    }

    @Override
    public Integer call() {
        boolean named = customers != null && !customers.isEmpty();
        if (language == null && (named || all)) {
            throw new IllegalArgumentException("--customer and --all choose whose sheet language --set-sheet-language changes;"
                    + " give --set-sheet-language too");
        }
        if (language != null && named == all) {
            throw new IllegalArgumentException(all ? "--customer and --all contradict each other"
                    : "--set-sheet-language needs the customers: --customer NAME (repeatable) or --all");
        }
        // Checked before the database is opened: a typo changes nothing.
        SheetLanguage chosen = language == null ? null : SheetLanguage.fromCode(language);
        Workbench workbench = parent.factory().open(parent.databaseAddress());
        PrintWriter out = parent.output().out();
        if (chosen == null) {
            List<Customer> everyone = workbench.store().repositories().customers().findAll().stream()
                    .sorted(java.util.Comparator.comparing(Customer::name, String.CASE_INSENSITIVE_ORDER)).toList();
            everyone.forEach(customer -> out.printf("%s  %s%n", customer.sheetLanguage().code(), customer.name()));
            out.printf("%d customer(s)%n", everyone.size());
            return MailbenchCommand.EXIT_OK;
        }
        List<String> names = all ? workbench.store().repositories().customers().findAll().stream().map(Customer::name).toList()
                : customers;
        if (names.isEmpty()) {
            out.println("No customers yet; nothing to change");
            return MailbenchCommand.EXIT_OK;
        }
        List<Customer> changed = workbench.directory().setSheetLanguage(names, chosen);
        changed.forEach(customer -> out.printf("%s  %s%n", customer.sheetLanguage().code(), customer.name()));
        out.printf("Sheet language %s for %d customer(s)%n", chosen.code(), changed.size());
        return MailbenchCommand.EXIT_OK;
    }
}
