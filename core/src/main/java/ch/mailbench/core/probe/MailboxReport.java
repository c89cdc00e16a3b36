package ch.mailbench.core.probe;

import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.Outcome;
import ch.mailbench.core.model.UsernameFormat;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of testing one mailbox: its incoming and SMTP server reports, and what became of
 * the user name format. {@code recordedFormat} is what the settings said before the run;
 * {@code workingFormat} is the one every tested login server accepted, when they agree.
 * {@code formatUpdated} tells whether the run wrote it into the mailbox's own settings; for a
 * mailbox using its domain's settings it is only suggested (see {@link VerificationService}).
 */
public record MailboxReport(Mailbox mailbox, String domainName, boolean inheritsDomainSettings, ServerReport incoming,
                            ServerReport smtp, UsernameFormat recordedFormat, Optional<UsernameFormat> workingFormat,
                            boolean formatUpdated) {

    public MailboxReport {
        Objects.requireNonNull(mailbox, "mailbox");
        Objects.requireNonNull(incoming, "incoming");
        Objects.requireNonNull(smtp, "smtp");
        Objects.requireNonNull(recordedFormat, "recordedFormat");
        Objects.requireNonNull(workingFormat, "workingFormat");
    }

    public List<ServerReport> servers() {
        return List.of(incoming, smtp);
    }

    /** Every configured server was tested and passed. */
    public boolean passed() {
        return servers().stream().anyMatch(ServerReport::tested)
                && servers().stream().filter(ServerReport::tested).allMatch(ServerReport::passed);
    }

    public boolean cancelled() {
        return servers().stream().anyMatch(s -> s.outcome().filter(o -> o == Outcome.CANCELLED).isPresent());
    }

    /**
     * Whether the run said something about the settings: some server was tested and none of its
     * results is one that tried no login (needs password, not tested, cancelled).
     */
    public boolean real() {
        return servers().stream().anyMatch(ServerReport::tested)
                && servers().stream().filter(ServerReport::tested).allMatch(s -> s.outcome().orElseThrow().real());
    }

    /** The format to offer with "use these settings": it worked, it differs, and it was not written yet. */
    public Optional<UsernameFormat> suggestedFormat() {
        return workingFormat.filter(f -> !f.equals(recordedFormat) && !formatUpdated);
    }

    /** The outcome that sums the mailbox up: OK, or the first failing server's. */
    public Outcome summary() {
        return servers().stream().filter(ServerReport::tested).map(s -> s.outcome().orElseThrow())
                .filter(o -> !o.passed()).findFirst().orElse(Outcome.OK);
    }
}
