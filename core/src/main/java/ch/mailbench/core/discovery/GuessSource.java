package ch.mailbench.core.discovery;

import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.HostName;
import ch.mailbench.core.model.Port;
import ch.mailbench.core.model.Protocol;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.UsernameFormat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * Guessing: the usual host names and ports, encrypted ones first, each probed for its greeting and
 * capabilities only. Probes start staggered (a few milliseconds apart, best guesses first) and run
 * in parallel, so a domain where everything is silent costs about one timeout. A STARTTLS guess
 * counts only when the server advertises STARTTLS (STLS for POP3).
 */
final class GuessSource implements DiscoverySource {

    static final int TRUST = 30;

    private record Guess(Protocol protocol, String host, int port, Security security) { }

    @Override
    public Source kind() {
        return Source.GUESS;
    }

    static List<String> incomingHosts(Protocol protocol, String d) {
        return protocol == Protocol.IMAP ? List.of("imap." + d, "mail." + d, d) : List.of("pop3." + d, "pop." + d, "mail." + d, d);
    }

    private static List<Guess> guesses(String d) {
        List<Guess> guesses = new ArrayList<>();
        // Encrypted first: implicit TLS, then STARTTLS, per protocol, IMAP before POP3.
        for (Protocol protocol : List.of(Protocol.IMAP, Protocol.POP3)) {
            int tls = protocol == Protocol.IMAP ? 993 : 995;
            int plain = protocol == Protocol.IMAP ? 143 : 110;
            incomingHosts(protocol, d).forEach(h -> guesses.add(new Guess(protocol, h, tls, Security.SSL_TLS)));
            incomingHosts(protocol, d).forEach(h -> guesses.add(new Guess(protocol, h, plain, Security.STARTTLS)));
        }
        for (String host : List.of("smtp." + d, "mail." + d, d)) {
            guesses.add(new Guess(Protocol.SMTP, host, 465, Security.SSL_TLS));
        }
        for (int port : List.of(587, 25)) {
            for (String host : List.of("smtp." + d, "mail." + d, d)) {
                guesses.add(new Guess(Protocol.SMTP, host, port, Security.STARTTLS));
            }
        }
        return guesses;
    }

    @Override
    public SourceReport find(Run run) throws InterruptedException {
        List<Guess> guesses = guesses(run.address.domain().ascii());
        // Resolve each host name once, all at once; only hosts that exist are probed.
        Map<String, CompletableFuture<Boolean>> exists = new LinkedHashMap<>();
        for (Guess guess : guesses) {
            exists.computeIfAbsent(guess.host, host -> CompletableFuture.supplyAsync(() -> {
                try {
                    return !run.connections.resolve(host).isEmpty();
                } catch (java.io.IOException e) {
                    return false;
                }
            }, run.executor()));
        }
        List<CompletableFuture<MailGreeter.Answer>> probes = new ArrayList<>();
        List<Guess> probed = new ArrayList<>();
        long stagger = run.options.stagger().toMillis();
        for (Guess guess : guesses) {
            if (!resolves(run, exists.get(guess.host))) {
                continue;
            }
            if (!probes.isEmpty() && stagger > 0) {
                // Staggered starts: the best guesses go first, and no host sees all guesses at the same instant.
                Thread.sleep(Math.min(stagger, Math.max(0, Duration.between(Instant.now(), run.deadline).toMillis())));
            }
            if (run.cancelled() || Instant.now().isAfter(run.deadline)) {
                break;
            }
            probes.add(run.probe(guess.protocol, new Endpoint(HostName.of(guess.host), Port.of(guess.port), guess.security)));
            probed.add(guess);
        }
        int answered = 0;
        for (int i = 0; i < probes.size(); i++) {
            Guess guess = probed.get(i);
            MailGreeter.Answer answer;
            try {
                answer = run.await(probes.get(i), run.hardStop);
            } catch (ExecutionException | TimeoutException e) {
                continue;
            }
            if (!answer.answered() || (guess.security == Security.STARTTLS && !answer.startTlsOffered())) {
                continue;
            }
            answered++;
            run.offer(Candidate.found(guess.protocol, new Endpoint(HostName.of(guess.host), Port.of(guess.port), guess.security),
                    UsernameFormat.FULL_ADDRESS, Source.GUESS, TRUST - i / 4, List.of(describe(guess, answer)), false, Optional.empty()));
        }
        return new SourceReport(kind(), answered > 0 ? SourceReport.State.FOUND : SourceReport.State.NOTHING,
                List.of(probes.isEmpty() ? Evidence.of(Evidence.Kind.GUESS_NO_HOSTS) : Evidence.of(Evidence.Kind.GUESS_ANSWERED, answered, probes.size())), 0);
    }

    private static boolean resolves(Run run, CompletableFuture<Boolean> resolution) throws InterruptedException {
        try {
            return run.await(resolution, run.deadline);
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    /** "guessed: mail.example.ch:993 answered with TLS, certificate valid for mail.example.ch". */
    static Evidence describe(Guess guess, MailGreeter.Answer answer) {
        return Evidence.of(guess.security == Security.SSL_TLS ? Evidence.Kind.GUESSED_TLS : Evidence.Kind.GUESSED_STARTTLS,
                guess.host + ":" + guess.port, certificate(answer.certificate(), guess.host));
    }

    static Evidence certificate(CertificateStatus status, String host) {
        return Evidence.of(Evidence.Kind.CERTIFICATE_STATUS, status, host);
    }
}
