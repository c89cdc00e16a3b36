package ch.mailbench.core.csv;

import java.util.List;

/**
 * What an import did, or why it wrote nothing. {@code written} is false when problems blocked an
 * all-or-nothing import; with "skip invalid" the problems list the lines left out.
 */
public record ImportReport(boolean written, int customersCreated, int domainsCreated, int mailboxesCreated,
                           List<MailboxChange> mailboxesUpdated, int mailboxesUnchanged, int passwordsStored,
                           List<CsvProblem> problems, List<String> warnings) {

    public ImportReport {
        mailboxesUpdated = List.copyOf(mailboxesUpdated);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    /** One existing mailbox the import changed, with each change in words (never a password value). */
    public record MailboxChange(long line, String address, List<String> changes) {
        public MailboxChange {
            changes = List.copyOf(changes);
        }
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** A plain-text summary for the command line and the console's report. */
    public List<String> summaryLines() {
        List<String> lines = new java.util.ArrayList<>();
        if (written) {
            lines.add("Imported: " + customersCreated + " new customer(s), " + domainsCreated + " new domain(s), "
                    + mailboxesCreated + " new mailbox(es), " + mailboxesUpdated.size() + " updated, "
                    + mailboxesUnchanged + " unchanged, " + passwordsStored + " password(s) stored.");
        } else {
            // Skipping lines only helps when some lines are bad: not for an empty, broken or headerless file.
            boolean lineProblems = problems.stream().anyMatch(p -> p.line() > 1 && !p.column().isEmpty());
            lines.add("Nothing was imported: " + problems.size() + " problem(s) to fix first"
                    + (lineProblems ? " (or import only the valid lines with --skip-invalid)." : "."));
        }
        warnings.forEach(warning -> lines.add("Warning: " + warning));
        for (MailboxChange change : mailboxesUpdated) {
            lines.add("Updated " + change.address() + " (line " + change.line() + "): " + String.join("; ", change.changes()));
        }
        for (CsvProblem problem : problems) {
            lines.add((written ? "Skipped " : "Problem: ") + problem);
        }
        return lines;
    }
}
