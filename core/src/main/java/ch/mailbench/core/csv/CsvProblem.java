package ch.mailbench.core.csv;

import java.util.Objects;

/**
 * Why a line of the file cannot be imported: its line number (1 is the header), the column
 * ({@code ""} when the whole row is concerned) and the reason in words. Never holds a password.
 */
public record CsvProblem(long line, String column, String reason) implements Comparable<CsvProblem> {

    public CsvProblem {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return "line " + line + (column.isEmpty() ? "" : ", column " + column) + ": " + reason;
    }

    @Override
    public int compareTo(CsvProblem other) {
        return Long.compare(line, other.line);
    }
}
