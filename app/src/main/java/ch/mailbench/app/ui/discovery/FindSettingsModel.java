package ch.mailbench.app.ui.discovery;

import ch.mailbench.app.ui.action.FoundSettings;
import ch.mailbench.core.discovery.Candidate;
import ch.mailbench.core.discovery.DiscoveryResult;
import ch.mailbench.core.discovery.ExchangeCandidate;
import ch.mailbench.core.discovery.Source;
import ch.mailbench.core.discovery.SourceReport;
import ch.mailbench.core.model.MailboxType;
import ch.mailbench.core.model.Protocol;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.UsernameFormat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state of one "Find settings…" window: how far each source got, the ranked candidates, and
 * which incoming and SMTP server "Use these settings" hands to the form (the run's choice, or the
 * rows the technician picked). EDT only; the background run reports here through the EDT.
 */
final class FindSettingsModel {

    /** Where one source stands: not started, running, or ended with its report. */
    record SourceLine(Source source, boolean running, Optional<SourceReport> report) {
    }

    private final Map<Source, SourceLine> sources = new EnumMap<>(Source.class);
    private final List<Runnable> listeners = new ArrayList<>();
    private boolean running;
    private Optional<DiscoveryResult> result = Optional.empty();
    private Optional<Candidate> incoming = Optional.empty();
    private Optional<Candidate> smtp = Optional.empty();
    private Optional<ExchangeCandidate> exchange = Optional.empty();

    FindSettingsModel() {
        reset();
    }

    void onChange(Runnable listener) {
        listeners.add(listener);
    }

    /** A new run starts: every source waits, nothing is found yet. */
    void started() {
        reset();
        running = true;
        fire();
    }

    void sourceStarted(Source source) {
        sources.put(source, new SourceLine(source, true, Optional.empty()));
        fire();
    }

    void sourceFinished(SourceReport report) {
        sources.put(report.source(), new SourceLine(report.source(), false, Optional.of(report)));
        fire();
    }

    /** The run ended with {@code found}: its choice becomes the proposal. */
    void finished(DiscoveryResult found) {
        running = false;
        found.sources().forEach(report -> sources.put(report.source(), new SourceLine(report.source(), false, Optional.of(report))));
        result = Optional.of(found);
        exchange = found.exchangeChosen();
        incoming = exchange.isPresent() ? Optional.empty() : found.incoming();
        smtp = exchange.isPresent() ? Optional.empty() : found.smtp();
        fire();
    }

    /** The run ended without a result (cancelled or failed): what the sources said stays shown. */
    void stopped() {
        running = false;
        sources.replaceAll((source, line) -> line.running() ? new SourceLine(source, false, line.report()) : line);
        fire();
    }

    /** The technician picked a row: it replaces the proposal of its role (incoming or SMTP). */
    void choose(Candidate candidate) {
        if (candidate.incoming()) {
            incoming = Optional.of(candidate);
            exchange = Optional.empty();
        } else {
            smtp = Optional.of(candidate);
        }
        fire();
    }

    boolean running() {
        return running;
    }

    List<SourceLine> sources() {
        return List.copyOf(sources.values());
    }

    List<Candidate> candidates() {
        return result.map(DiscoveryResult::candidates).orElse(List.of());
    }

    Optional<DiscoveryResult> result() {
        return result;
    }

    Optional<ExchangeCandidate> exchange() {
        return exchange;
    }

    boolean isChosen(Candidate candidate) {
        return incoming.filter(candidate::equals).isPresent() || smtp.filter(candidate::equals).isPresent();
    }

    /** What "Use these settings" hands to the form; empty while no incoming server is proposed. */
    Optional<FoundSettings> settings() {
        if (exchange.isPresent()) {
            return exchange.map(e -> new FoundSettings(e.settings(), Optional.empty()));
        }
        return incoming.map(in -> new FoundSettings(new ServerSettings(in.protocol() == Protocol.POP3 ? MailboxType.POP3 : MailboxType.IMAP,
                Optional.of(in.endpoint()), smtp.map(Candidate::endpoint), true, confirmedFormat(in)), in.provider()));
    }

    /** The user name format a login proved, else the one the source stated. */
    private static UsernameFormat confirmedFormat(Candidate candidate) {
        return candidate.confirmation().filter(c -> c.passed()).map(c -> c.usernameFormat()).orElse(candidate.usernameFormat());
    }

    private void reset() {
        for (Source source : Source.values()) {
            sources.put(source, new SourceLine(source, false, Optional.empty()));
        }
        result = Optional.empty();
        incoming = Optional.empty();
        smtp = Optional.empty();
        exchange = Optional.empty();
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }
}
