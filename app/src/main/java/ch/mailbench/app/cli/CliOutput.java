package ch.mailbench.app.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.OutputStreamWriter;

/**
 * The command line's two output channels. The only class allowed to touch System.out and
 * System.err (the architecture test enforces it); tests pass their own writers.
 */
public record CliOutput(PrintWriter out, PrintWriter err) {

    public static CliOutput standard() {
        return new CliOutput(
                new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    }
}
