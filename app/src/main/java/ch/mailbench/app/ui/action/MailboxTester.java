package ch.mailbench.app.ui.action;

import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.Mailbox;

import java.awt.Window;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * "Test now" for the mailbox dialogs: a feature offers it through {@link ConsoleHooks}, the
 * directory's dialogs use it without knowing that feature.
 */
public interface MailboxTester {

    /**
     * Tests {@code mailbox} of {@code domain} as typed (saved or not) over {@code owner}, in the
     * background with Cancel, and records nothing. {@code password} is the typed one, which the tester
     * clears when its window closes; empty: the stored one, if any. {@code outcome} gets the result in
     * a sentence once the test ends. EDT only.
     */
    void test(Window owner, Mailbox mailbox, MailDomain domain, Optional<char[]> password, Consumer<String> outcome);
}
