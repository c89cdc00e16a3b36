package ch.mailbench.app.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.OutputStreamWriter;

/**
 * The command line's standard streams: its two output channels and the input a command may read
 * ({@code discover --password-stdin}). The only class allowed to touch System.out and System.err
 * (the architecture test enforces it); tests pass their own writers and input.
 */
public record CliOutput(PrintWriter out, PrintWriter err, InputStream in) {

    /** Output only: standard input reads as empty. */
    public CliOutput(PrintWriter out, PrintWriter err) {
        this(out, err, InputStream.nullInputStream());
    }

    public static CliOutput standard() {
        return new CliOutput(
                new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
                System.in);
    }
}
