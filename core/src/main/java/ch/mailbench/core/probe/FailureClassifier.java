package ch.mailbench.core.probe;

import ch.mailbench.core.model.Outcome;
import ch.mailbench.core.model.Protocol;
import ch.mailbench.core.model.Security;
import jakarta.mail.AuthenticationFailedException;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;

/**
 * Turns what Jakarta Mail threw into one of the closed {@link Outcome}s, with the variant that
 * lets the explanation say what probably happened (plain text on a TLS port, TLS on a plain one).
 */
final class FailureClassifier {

    private static final Pattern STARTTLS_REQUIRED = Pattern.compile("(?i).*(STARTTLS|STLS).*required.*|.*required.*(STARTTLS|STLS).*");
    private static final Pattern PLAINTEXT_ANSWER = Pattern.compile("(?i).*(unrecognized ssl message|plaintext connection|unsupported or unrecognized).*");
    /**
     * Short: a TLS server answers a ClientHello within a few round trips, and a silent server must
     * cost about one timeout per run, not one plus a long probe.
     */
    private static final int TLS_PROBE_MAX_MILLIS = 1_000;

    /** What the attempt saw besides the exception. */
    record Context(boolean serverSpoke, boolean deadlinePassed, ProbeOptions options, ServerTrustManager trustManager) {
    }

    Diagnosis classify(Throwable failure, ServerTarget target, Context context) {
        List<Throwable> chain = causes(failure);
        String detail = technical(chain);
        Security security = target.endpoint().security();
        String timeoutSeconds = Long.toString(context.options().timeout().toSeconds());
        for (Throwable cause : chain) {
            if (cause instanceof CertificateProblem problem) {
                return certificate(problem, target, detail);
            }
        }
        if (chain.get(0) instanceof AuthenticationFailedException) {
            return Diagnosis.of(Outcome.AUTH_FAILED, "", detail, serverReply(chain.get(0)));
        }
        if (chain.stream().anyMatch(t -> t.getMessage() != null && STARTTLS_REQUIRED.matcher(t.getMessage()).matches())) {
            return Diagnosis.of(Outcome.STARTTLS_UNAVAILABLE, isImplicitTlsPort(target) ? "implicitTlsPort" : "", detail,
                    implicitPort(target.protocol()));
        }
        if (context.deadlinePassed()) {
            return Diagnosis.of(Outcome.TIMEOUT, "deadline", detail, Long.toString(context.options().attemptDeadline().toSeconds()));
        }
        if (has(chain, UnknownHostException.class)) {
            return Diagnosis.of(Outcome.HOST_NOT_FOUND, "", detail, target.endpoint().host().unicode());
        }
        SocketTimeoutException timeout = find(chain, SocketTimeoutException.class);
        ConnectException refused = find(chain, ConnectException.class);
        if (refused != null && timeout == null && !has(chain, NoRouteToHostException.class) && !unreachable(refused)) {
            return Diagnosis.of(Outcome.CONNECTION_REFUSED, "", detail, target.endpoint().host().unicode(),
                    target.endpoint().port().toString());
        }
        if (refused != null || (timeout != null && isConnectTimeout(timeout))) {
            return Diagnosis.of(Outcome.TIMEOUT, "connect", detail, timeoutSeconds);
        }
        SSLException tls = find(chain, SSLException.class);
        if (tls != null && security != Security.NONE) {
            if (tls.getMessage() != null && PLAINTEXT_ANSWER.matcher(tls.getMessage()).matches()) {
                return Diagnosis.of(Outcome.TLS_FAILED, security == Security.SSL_TLS ? "plaintextAnswer" : "", detail,
                        target.protocol().standardPort(Security.STARTTLS).toString());
            }
            return Diagnosis.of(Outcome.TLS_FAILED, "", detail);
        }
        boolean closedEarly = has(chain, EOFException.class) || chain.stream().anyMatch(t -> t.getMessage() != null
                && t.getMessage().toLowerCase(Locale.ROOT).contains("connection"));
        if (!context.serverSpoke() && security != Security.SSL_TLS && (timeout != null || closedEarly)
                && speaksTls(target, context)) {
            return Diagnosis.of(Outcome.PROTOCOL_ERROR, "tlsOnPlainPort", detail, implicitPort(target.protocol()));
        }
        if (timeout != null) {
            if (!context.serverSpoke()) {
                return Diagnosis.of(Outcome.TIMEOUT, isImplicitTlsPort(target) && security != Security.SSL_TLS
                        ? "noGreetingTlsPort" : "noGreeting", detail, timeoutSeconds);
            }
            return Diagnosis.of(Outcome.TIMEOUT, "", detail, timeoutSeconds);
        }
        return Diagnosis.of(Outcome.PROTOCOL_ERROR, "", detail, serverReply(chain.get(0)));
    }

    private static Diagnosis certificate(CertificateProblem problem, ServerTarget target, String detail) {
        return switch (problem.outcome()) {
            case CERT_HOSTNAME_MISMATCH -> Diagnosis.of(Outcome.CERT_HOSTNAME_MISMATCH, "", detail,
                    String.join(", ", problem.certificateNames()), target.endpoint().host().unicode());
            case CERT_EXPIRED -> Diagnosis.of(Outcome.CERT_EXPIRED, "", detail);
            default -> Diagnosis.of(Outcome.CERT_UNTRUSTED, "", detail);
        };
    }

    /**
     * Whether the server at the target answers a TLS handshake: then the client waited in vain for
     * a plain-text greeting because the port expects TLS from the first byte. Sends no credentials;
     * a refused certificate still proves the server speaks TLS.
     */
    private static boolean speaksTls(ServerTarget target, Context context) {
        int millis = (int) Math.min(context.options().timeout().toMillis(), TLS_PROBE_MAX_MILLIS);
        try (SSLSocket socket = (SSLSocket) MailLogin.sslContext(context.trustManager()).getSocketFactory().createSocket()) {
            socket.connect(new InetSocketAddress(target.endpoint().host().ascii(), target.endpoint().port().number()), millis);
            socket.setSoTimeout(millis);
            socket.startHandshake();
            return true;
        } catch (SSLException e) {
            return causes(e).stream().anyMatch(CertificateProblem.class::isInstance);
        } catch (IOException e) {
            return false;
        }
    }

    /** "Network is unreachable": no route from here, which says nothing about the server. */
    private static boolean unreachable(ConnectException refused) {
        return refused.getMessage() != null && refused.getMessage().toLowerCase(Locale.ROOT).contains("unreachable");
    }

    private static boolean isConnectTimeout(SocketTimeoutException timeout) {
        return timeout.getMessage() != null && timeout.getMessage().toLowerCase(Locale.ROOT).contains("connect");
    }

    private static boolean isImplicitTlsPort(ServerTarget target) {
        return target.endpoint().port().equals(target.protocol().standardPort(Security.SSL_TLS));
    }

    private static String implicitPort(Protocol protocol) {
        return protocol.standardPort(Security.SSL_TLS).toString();
    }

    /** The server's own words when it refused, e.g. "[AUTHENTICATIONFAILED] Authentication failed." */
    private static String serverReply(Throwable failure) {
        String message = failure.getMessage();
        return message == null ? "" : message.strip();
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
            if (t instanceof jakarta.mail.MessagingException messaging && messaging.getNextException() != null
                    && messaging.getNextException() != t.getCause()) {
                chain.add(messaging.getNextException());
            }
        }
        return chain;
    }

    private static String technical(List<Throwable> chain) {
        Throwable root = chain.get(chain.size() - 1);
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    private static boolean has(List<Throwable> chain, Class<? extends Throwable> type) {
        return find(chain, type) != null;
    }

    private static <T extends Throwable> T find(List<Throwable> chain, Class<T> type) {
        return chain.stream().filter(type::isInstance).map(type::cast).findFirst().orElse(null);
    }
}
