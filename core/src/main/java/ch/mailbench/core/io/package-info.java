/**
 * Files that Mailbench writes for the user: {@link ch.mailbench.core.io.AtomicFile} (the one way to
 * write an output file) and {@link ch.mailbench.core.io.IoCause} (the reason of a failed file
 * operation in words).
 */
package ch.mailbench.core.io;
