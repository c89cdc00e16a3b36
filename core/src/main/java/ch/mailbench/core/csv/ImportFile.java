package ch.mailbench.core.csv;

import java.util.List;

/**
 * An import file read and checked, nothing written yet: the valid rows, the problems of the
 * others, and warnings (unknown columns). {@link #hasPasswords()} tells the caller to unlock the
 * vault before importing.
 */
public record ImportFile(List<ImportRow> rows, List<CsvProblem> problems, List<String> warnings, char delimiter) {

    public ImportFile {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    public boolean hasPasswords() {
        return rows.stream().anyMatch(row -> row.password().isPresent());
    }
}
