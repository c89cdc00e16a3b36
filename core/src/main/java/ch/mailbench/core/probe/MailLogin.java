package ch.mailbench.core.probe;

import ch.mailbench.core.model.CertificateInfo;
import ch.mailbench.core.model.Outcome;
import ch.mailbench.core.model.Protocol;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.core.task.ProgressMonitor;
import jakarta.mail.MessagingException;
import jakarta.mail.Service;
import jakarta.mail.Session;
import org.eclipse.angus.mail.smtp.SMTPTransport;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;

/**
 * One login attempt with Jakarta Mail against one server: connect with the chosen security,
 * judge the certificate, read the greeting and capabilities, log in (SMTP: EHLO, STARTTLS if
 * chosen, AUTH — no message is ever sent), log out. Each attempt gets its own mail session and
 * socket factories; the TLS context (and so the session cache) is the run's for that host.
 * Nothing JVM-wide is changed.
 */
final class MailLogin {

    /** How often a running attempt looks whether its monitor was cancelled. */
    private static final long CANCEL_POLL_MILLIS = 50;

    private final ScheduledExecutorService deadlines;
    private final FailureClassifier classifier;

    MailLogin(ScheduledExecutorService deadlines, FailureClassifier classifier) {
        this.deadlines = deadlines;
        this.classifier = classifier;
    }

    /**
     * Runs the attempt on the calling thread. {@code password} is only read, never cleared or kept.
     * Credentials are sent only over TLS, or without it when {@code allowPlaintext}.
     */
    Attempt attempt(ServerTarget target, String username, UsernameFormat format, char[] password,
                    boolean allowPlaintext, ProbeOptions options, ProbeMemory.Tls tls, ProgressMonitor monitor) {
        if (target.login() && target.endpoint().security() == Security.NONE && !allowPlaintext) {
            return new Attempt(username, format, Diagnosis.of(Outcome.PLAINTEXT_REFUSED, "", ""), 0,
                    Optional.empty(), "", Optional.empty(), false);
        }
        if (monitor.isCancelled()) {
            return new Attempt(username, format, Diagnosis.of(Outcome.CANCELLED, "", ""), 0,
                    Optional.empty(), "", Optional.empty(), false);
        }
        // Jakarta Mail takes the password only as a String; it lives as long as this attempt.
        String secret = target.login() ? new String(password) : "";
        Transcript transcript = new Transcript(secret);
        OpenSockets sockets = new OpenSockets();
        ServerTrustManager trustManager = tls.trustManager();
        Session session = Session.getInstance(properties(target, options, sockets, tls.context()));
        // The trace goes only into the redacting transcript; set the stream before switching debug on.
        session.setDebugOut(new PrintStream(transcript, true, StandardCharsets.UTF_8));
        session.setDebug(true);

        long started = System.nanoTime();
        Diagnosis diagnosis;
        AtomicBoolean deadlinePassed = new AtomicBoolean();
        ScheduledFuture<?> deadline = deadlines.schedule(() -> {
            deadlinePassed.set(true);
            sockets.closeAll("the attempt took longer than " + options.attemptDeadline().toSeconds() + " s");
        }, options.attemptDeadline().toMillis(), TimeUnit.MILLISECONDS);
        // Cancel in the console or on the command line closes the sockets: a blocked read ends at once.
        ScheduledFuture<?> cancelWatch = deadlines.scheduleWithFixedDelay(() -> {
            if (monitor.isCancelled()) {
                sockets.closeAll("cancelled");
            }
        }, CANCEL_POLL_MILLIS, CANCEL_POLL_MILLIS, TimeUnit.MILLISECONDS);
        try {
            diagnosis = connect(session, target, username, secret, options.resolver());
        } catch (MessagingException | RuntimeException e) {
            diagnosis = monitor.isCancelled() ? Diagnosis.of(Outcome.CANCELLED, "", "")
                    : sockets.overflow().isPresent()
                    ? Diagnosis.of(Outcome.PROTOCOL_ERROR, "flood", e.toString(), Long.toString(sockets.overflow().getAsLong()))
                    : classifier.classify(e, target, new FailureClassifier.Context(
                            !transcript.protocolLines().isEmpty(), deadlinePassed.get(), options, trustManager));
        } finally {
            cancelWatch.cancel(false);
            deadline.cancel(false);
            sockets.closeAll("the attempt is over");
            transcript.close();
        }
        long latency = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        Optional<CertificateInfo> certificate = sockets.peer().or(() -> trustManager.presentedOn(sockets.sockets()))
                .map(Certificates::describe);
        Optional<String> conversation = options.transcript()
                ? Optional.of(String.join("\n", Conversation.of(transcript.lines(), target.protocol(),
                        target.endpoint().security(), sockets.tlsSession(), certificate)))
                : Optional.empty();
        return new Attempt(username, format, diagnosis, latency, certificate,
                ServerIntro.of(target.protocol(), transcript.protocolLines()), conversation, target.login());
    }

    private Diagnosis connect(Session session, ServerTarget target, String username, String secret, Optional<HostResolver> resolver)
            throws MessagingException {
        String host = dialled(target.endpoint().host().ascii(), resolver);
        int port = target.endpoint().port().number();
        Service service = target.protocol() == Protocol.SMTP
                ? session.getTransport(target.providerName()) : session.getStore(target.providerName());
        try {
            service.connect(host, port, target.login() ? username : null, target.login() ? secret : null);
            if (target.login() && service instanceof SMTPTransport smtp && !smtp.supportsExtension("AUTH")) {
                // Jakarta Mail silently skips AUTH when the server offers none: that is no proof of a login.
                return Diagnosis.of(Outcome.PROTOCOL_ERROR, "noAuth", "EHLO lists no AUTH");
            }
            return Diagnosis.of(Outcome.OK, "", "");
        } finally {
            closeQuietly(service);
        }
    }

    /**
     * The host Jakarta Mail connects to: the name itself, or with an own resolver the address it gives
     * (TLS is layered with the name all the same: {@link TrackingSslSocketFactory}).
     */
    private static String dialled(String name, Optional<HostResolver> resolver) throws MessagingException {
        if (resolver.isEmpty()) {
            return name;
        }
        try {
            return resolver.get().resolve(name).getHostAddress();
        } catch (java.io.IOException e) {
            throw new MessagingException("Cannot resolve " + name, e);
        }
    }

    /** Logging out is courtesy: the login already succeeded or failed, a failing LOGOUT changes nothing. */
    private static void closeQuietly(Service service) {
        try {
            service.close();
        } catch (MessagingException | RuntimeException e) {
            // The verdict is already made; the sockets are closed right after in any case.
        }
    }

    private static Properties properties(ServerTarget target, ProbeOptions options, OpenSockets sockets,
                                         SSLContext tlsContext) {
        String prefix = "mail." + target.providerName() + ".";
        String millis = Long.toString(options.timeout().toMillis());
        Properties properties = new Properties();
        properties.put(prefix + "connectiontimeout", millis);
        properties.put(prefix + "timeout", millis);
        properties.put(prefix + "writetimeout", millis);
        properties.put(prefix + "socketFactory", new TrackingSocketFactory(sockets));
        properties.put(prefix + "socketFactory.fallback", "false");
        properties.put(prefix + "ssl.socketFactory", new TrackingSslSocketFactory(tlsContext.getSocketFactory(), sockets,
                target.endpoint().host().ascii()));
        // The trust manager checks the host name itself, so a certificate the technician accepted
        // for this host also passes; Jakarta Mail's own check would refuse it again.
        properties.put(prefix + "ssl.checkserveridentity", "false");
        boolean startTls = target.endpoint().security() == Security.STARTTLS;
        properties.put(prefix + "starttls.enable", Boolean.toString(startTls));
        properties.put(prefix + "starttls.required", Boolean.toString(startTls));
        if (target.protocol() == Protocol.SMTP) {
            properties.put(prefix + "auth", Boolean.toString(target.login()));
        }
        properties.put("mail.debug.auth", "false");
        properties.put("mail.debug.auth.password", "false");
        return properties;
    }

    static SSLContext sslContext(TrustManager trustManager) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trustManager}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS is not available in this Java runtime: " + e.getMessage(), e);
        }
    }
}
