package ch.mailbench.app.ui.verify;

import ch.mailbench.app.ui.ErrorTexts;
import ch.mailbench.app.ui.task.BackgroundTask;
import ch.mailbench.app.ui.task.RunningTask;
import ch.mailbench.app.ui.task.TaskExecutor;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.Outcome;
import ch.mailbench.core.model.TrustedCertificate;
import ch.mailbench.core.model.Verification;
import ch.mailbench.core.port.TrustedCertificateRepository;
import ch.mailbench.core.probe.Attempt;
import ch.mailbench.core.probe.MailboxReport;
import ch.mailbench.core.probe.ProbeOptions;
import ch.mailbench.core.probe.ServerReport;
import ch.mailbench.core.probe.ServerRole;
import ch.mailbench.core.probe.ServerTarget;
import ch.mailbench.core.probe.VerificationService;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The state of "Test" for one mailbox, without any Swing: runs the check in the background with
 * progress and cancel, turns the report into per-server views, offers "use these settings" when
 * the other user name format worked and "trust this certificate" when one was refused, and
 * loads the history. Listeners are told on the UI thread after every change.
 */
public final class MailboxTestModel {

    /** Where the test stands. */
    public enum State { READY, RUNNING, DONE, CANCELLED, FAILED }

    private static final int HISTORY_ROWS = 200;
    private static final Set<Outcome> CERTIFICATE_REFUSALS = Set.of(Outcome.CERT_UNTRUSTED, Outcome.CERT_HOSTNAME_MISMATCH);

    private final VerificationService service;
    private final TrustedCertificateRepository trusted;
    private final TaskExecutor tasks;
    private final ErrorTexts errors;
    private final VerifyTexts texts;
    private final Clock clock;
    private final List<Runnable> listeners = new ArrayList<>();

    private Mailbox mailbox;
    private State state = State.READY;
    private String progress = "";
    private String notice = "";
    private Optional<RunningTask> running = Optional.empty();
    private Optional<MailboxReport> report = Optional.empty();
    private List<Verification> history = List.of();
    /** "Test now" of settings as typed: the domain they belong to and the typed password; empty for a stored mailbox's test. */
    private final Optional<Trial> trial;

    private record Trial(MailDomain domain, Optional<char[]> password) {
    }

    public MailboxTestModel(Mailbox mailbox, VerificationService service, TrustedCertificateRepository trusted,
                            TaskExecutor tasks, ErrorTexts errors, VerifyTexts texts, Clock clock) {
        this(mailbox, Optional.empty(), service, trusted, tasks, errors, texts, clock);
    }

    private MailboxTestModel(Mailbox mailbox, Optional<Trial> trial, VerificationService service, TrustedCertificateRepository trusted,
                             TaskExecutor tasks, ErrorTexts errors, VerifyTexts texts, Clock clock) {
        this.trial = trial;
        this.mailbox = mailbox;
        this.service = service;
        this.trusted = trusted;
        this.tasks = tasks;
        this.errors = errors;
        this.texts = texts;
        this.clock = clock;
    }

    /**
     * "Test now" for {@code mailbox} as typed in its dialog (maybe not saved yet), of {@code domain}: the
     * test records nothing and offers no "use these settings" (the dialog's form holds them); the history
     * is not shown. {@code password} (typed; empty: the stored one) is cleared by {@link #close()}.
     */
    public static MailboxTestModel trial(Mailbox mailbox, MailDomain domain, Optional<char[]> password,
                                         VerificationService service, TrustedCertificateRepository trusted,
                                         TaskExecutor tasks, ErrorTexts errors, VerifyTexts texts, Clock clock) {
        return new MailboxTestModel(mailbox, Optional.of(new Trial(domain, password)), service, trusted, tasks, errors, texts, clock);
    }

    public boolean isTrial() {
        return trial.isPresent();
    }

    /** The window closes: stops a running test and forgets a typed password. UI thread. */
    public void close() {
        cancel();
        trial.flatMap(Trial::password).ifPresent(typed -> Arrays.fill(typed, '\0'));
    }

    /** Whether the last test has ended (passed, failed, cancelled or could not run). */
    public boolean ended() {
        return state != State.READY && state != State.RUNNING;
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public Mailbox mailbox() {
        return mailbox;
    }

    public State state() {
        return state;
    }

    public String progress() {
        return progress;
    }

    /** A one-line confirmation after "use these settings" or "trust", or why it failed. */
    public String notice() {
        return notice;
    }

    public boolean canStart() {
        return state != State.RUNNING;
    }

    public boolean canCancel() {
        return state == State.RUNNING;
    }

    /** Starts the test in the background. UI thread. */
    public void start() {
        if (!canStart()) {
            return;
        }
        state = State.RUNNING;
        progress = texts.format("progress.running", mailbox.address().unicode());
        notice = "";
        report = Optional.empty();
        changed();
        // The redacted conversation of the last run is always kept: it is what explains a failure.
        ProbeOptions options = ProbeOptions.defaults().withTranscript(true);
        Mailbox tested = mailbox;
        // The task's cancel shows in its monitor, and the probe closes the sockets when it sees it.
        Optional<Trial> typed = trial;
        RunningTask run = BackgroundTask.of(monitor -> typed.isPresent()
                        ? service.trial(tested, typed.get().domain(), typed.get().password().map(char[]::clone), options, monitor)
                        : service.verify(List.of(tested), options, monitor).get(0))
                // A cancelled run still returns its report: the attempts made, marked cancelled.
                .keepsResultWhenCancelled()
                .onSuccess(this::finished)
                .onFailure(this::failed)
                .onCancelled(this::stopped)
                .executeWith(tasks);
        run.addProgressListener(() -> showStep(run));
        running = Optional.of(run);
    }

    /** Stops the test now: open connections are closed. UI thread. */
    public void cancel() {
        if (state == State.RUNNING) {
            progress = texts.get("progress.cancelling");
            running.ifPresent(RunningTask::cancel);
            changed();
        }
    }

    private void showStep(RunningTask run) {
        if (state == State.RUNNING && !run.isCancelled() && !run.subTask().isEmpty()) {
            progress = texts.format("progress.step", run.subTask());
            changed();
        }
    }

    private void finished(MailboxReport result) {
        report = Optional.of(result);
        mailbox = result.mailbox();
        state = result.cancelled() ? State.CANCELLED : State.DONE;
        progress = state == State.CANCELLED ? texts.get("progress.cancelled")
                : texts.get(result.passed() ? "progress.passed" : "progress.failed");
        if (result.formatUpdated()) {
            notice = texts.format("notice.formatUpdated", texts.usernameFormat(result.workingFormat().orElseThrow()));
        }
        changed();
        loadHistory();
    }

    private void failed(Exception failure) {
        state = State.FAILED;
        progress = texts.format("progress.error", errors.describe(failure));
        changed();
    }

    private void stopped() {
        state = State.CANCELLED;
        progress = texts.get("progress.cancelled");
        changed();
        loadHistory();
    }

    public Optional<MailboxReport> report() {
        return report;
    }

    public List<ServerView> servers() {
        return report.map(r -> r.servers().stream().map(this::view).toList()).orElse(List.of());
    }

    private ServerView view(ServerReport server) {
        String title = server.role() == ServerRole.INCOMING
                ? texts.format("role.INCOMING", server.target().map(t -> t.protocol().name()).orElse("IMAP/POP3"))
                : texts.get("role.SMTP");
        if (server.target().isEmpty() || server.verdict().isEmpty()) {
            return new ServerView(title, texts.get("server.notRecorded"), false, false, "", "", "", "", "", "", "");
        }
        ServerTarget target = server.target().get();
        Attempt verdict = server.verdict().get();
        String endpoint = target.endpoint().host().unicode() + ":" + target.endpoint().port() + " · " + target.endpoint().security().label();
        String status = (verdict.passed() ? "✔ " : "✖ ") + texts.outcomes().label(verdict.outcome())
                + " · " + texts.format("latency", verdict.latencyMillis());
        String username = !target.login() ? texts.get("username.none")
                : texts.format("username", texts.usernameFormat(verdict.usernameFormat()), verdict.username());
        if (server.fallbackWorked()) {
            username += " — " + texts.format("fallback", texts.usernameFormat(verdict.usernameFormat()),
                    texts.usernameFormat(server.attempts().get(0).usernameFormat()));
        }
        String certificate = verdict.certificate().map(c -> texts.format("certificate", c.subject(), c.issuer(),
                texts.time(c.notBefore()), texts.time(c.notAfter()))).orElse("");
        String fingerprint = verdict.certificate().map(c -> c.sha256Fingerprint()).orElse("");
        String explanation = verdict.passed() ? "" : texts.outcomes().explanation(verdict.diagnosis());
        String hint = verdict.passed() ? "" : texts.outcomes().hint(verdict.diagnosis());
        return new ServerView(title, endpoint, true, verdict.passed(), status, username, explanation, hint, certificate, fingerprint,
                transcript(server.attempts(), status, explanation, hint));
    }

    /** Each attempt's conversation under who it signed in as, and the outcome with its hint last. */
    private String transcript(List<Attempt> attempts, String status, String explanation, String hint) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < attempts.size(); i++) {
            Attempt attempt = attempts.get(i);
            parts.add(texts.format("transcript.attempt", i + 1, attempt.username().isEmpty() ? "—" : attempt.username()) + "\n"
                    + attempt.transcript().filter(t -> !t.isEmpty()).orElse(texts.get("transcript.none")) + "\n→ "
                    + texts.outcomes().label(attempt.outcome()));
        }
        String outcome = texts.format("transcript.outcome", status)
                + (explanation.isEmpty() ? "" : "\n" + explanation) + (hint.isEmpty() ? "" : "\n" + texts.format("transcript.hint", hint));
        parts.add(outcome);
        return String.join("\n\n", parts);
    }

    /** "Use these settings" applies when the other format worked and was not written yet. */
    public boolean canUseSettings() {
        return state == State.DONE && trial.isEmpty() && report.flatMap(MailboxReport::suggestedFormat).isPresent();
    }

    public String useSettingsLabel() {
        return report.flatMap(r -> r.suggestedFormat().map(f -> r.inheritsDomainSettings()
                ? texts.format("useSettings.domain", texts.usernameFormat(f), r.domainName())
                : texts.format("useSettings.mailbox", texts.usernameFormat(f)))).orElse(texts.get("useSettings"));
    }

    /** Writes the working format where the settings live. UI thread; the write runs in the background. */
    public void useSettings() {
        MailboxReport current = report.filter(r -> canUseSettings()).orElse(null);
        if (current == null) {
            return;
        }
        BackgroundTask.of(monitor -> service.useWorkingFormat(current)).onSuccess(saved -> {
            mailbox = saved;
            report = Optional.of(new MailboxReport(current.mailbox(), current.domainName(), current.inheritsDomainSettings(),
                    current.incoming(), current.smtp(), current.recordedFormat(), current.workingFormat(), true));
            notice = texts.get("notice.settingsSaved");
            changed();
        }).onFailure(this::saveFailed).executeWith(tasks);
    }

    /** The certificate a server of the last run refused, which the technician may trust for that host. */
    public Optional<UntrustedCertificate> untrustedCertificate() {
        return report.flatMap(r -> r.servers().stream()
                .filter(s -> s.outcome().filter(CERTIFICATE_REFUSALS::contains).isPresent())
                .flatMap(s -> s.verdict().flatMap(Attempt::certificate)
                        .map(c -> new UntrustedCertificate(s.target().orElseThrow().endpoint().host(), c)).stream())
                .findFirst());
    }

    /** Records the technician's decision to trust the certificate for its host. UI thread. */
    public void trust(UntrustedCertificate certificate) {
        TrustedCertificate accepted = TrustedCertificate.accept(certificate.host(), certificate.certificate(), clock.instant());
        BackgroundTask.of(monitor -> trusted.trust(accepted))
                .onSuccess(stored -> {
                    notice = texts.format("notice.trusted", stored.host().unicode());
                    changed();
                }).onFailure(this::saveFailed).executeWith(tasks);
    }

    private void saveFailed(Exception failure) {
        notice = texts.format("notice.saveFailed", errors.describe(failure));
        changed();
    }

    public List<Verification> history() {
        return history;
    }

    /** Reads the mailbox's past checks in the background. */
    public void loadHistory() {
        if (trial.isPresent()) {
            return;
        }
        Mailbox of = mailbox;
        BackgroundTask.of(monitor -> service.history(of, HISTORY_ROWS)).onSuccess(rows -> {
            history = rows;
            changed();
        }).onFailure(this::failed).executeWith(tasks);
    }

    private void changed() {
        List.copyOf(listeners).forEach(Runnable::run);
    }
}
