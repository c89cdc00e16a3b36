package ch.mailbench.core.discovery;

import ch.mailbench.core.model.Protocol;
import ch.mailbench.core.model.Security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Merges what the sources proposed and ranks it. One candidate per server (protocol, host, port,
 * security); its weight is the trust of the best source that named it, plus agreement of other
 * sources, plus what connecting showed (a server that answers with a valid certificate gains, one
 * that does not answer or does not offer the STARTTLS it should loses), plus a confirmed login.
 */
final class Ranking {

    static final int AGREEMENT = 10;
    static final int ANSWERED_VALID = 15;
    static final int NOT_ANSWERED = -60;
    static final int NO_STARTTLS = -80;
    static final int CONFIRMED = 1000;

    private Ranking() {
    }

    /** Merges per server and adds what the probes showed ({@code answers}: null when a probe has not finished). */
    static List<Candidate> rank(List<Candidate> found, java.util.function.BiFunction<Protocol, ch.mailbench.core.model.Endpoint,
            MailGreeter.Answer> answers) {
        Map<String, List<Candidate>> groups = new LinkedHashMap<>();
        for (Candidate candidate : found) {
            groups.computeIfAbsent(Run.key(candidate.protocol(), candidate.endpoint()), k -> new ArrayList<>()).add(candidate);
        }
        List<Candidate> ranked = new ArrayList<>();
        for (List<Candidate> group : groups.values()) {
            group.sort(Comparator.comparingInt(Candidate::score).reversed());
            Candidate best = group.get(0);
            Set<Evidence> evidence = new LinkedHashSet<>();
            Set<Source> sources = new LinkedHashSet<>();
            boolean modernAuth = false;
            for (Candidate candidate : group) {
                evidence.addAll(candidate.evidence());
                sources.add(candidate.source());
                modernAuth |= candidate.modernAuthRequired();
            }
            int score = best.score() + AGREEMENT * (sources.size() - 1) + preference(best);
            MailGreeter.Answer answer = answers.apply(best.protocol(), best.endpoint());
            CertificateStatus status = CertificateStatus.NOT_CHECKED;
            Optional<ch.mailbench.core.model.CertificateInfo> info = Optional.empty();
            if (answer != null) {
                String where = best.endpoint().host() + ":" + best.endpoint().port().number();
                if (!answer.answered()) {
                    score += NOT_ANSWERED;
                    evidence.add(Evidence.of(Evidence.Kind.NO_ANSWER, where, answer.detail().orElseThrow()));
                } else if (best.endpoint().security() == Security.STARTTLS && !answer.startTlsOffered()) {
                    score += NO_STARTTLS;
                    evidence.add(Evidence.of(Evidence.Kind.NO_STARTTLS, where));
                } else {
                    status = answer.certificate();
                    info = answer.certificateInfo();
                    score += status == CertificateStatus.VALID ? ANSWERED_VALID : status == CertificateStatus.NOT_ENCRYPTED ? -20 : -5;
                    if (best.source() != Source.GUESS) {
                        evidence.add(Evidence.of(Evidence.Kind.ANSWERS, where, GuessSource.certificate(status, best.endpoint().host().ascii())));
                    }
                }
            }
            Candidate merged = new Candidate(best.protocol(), best.endpoint(), best.usernameFormat(), best.source(), score,
                    List.copyOf(evidence), status, info, modernAuth, best.provider(), Optional.empty());
            ranked.add(merged);
        }
        return sort(ranked);
    }

    /** Between equals: implicit TLS before STARTTLS before plain, IMAP before POP3. */
    private static int preference(Candidate candidate) {
        int security = switch (candidate.endpoint().security()) {
            case SSL_TLS -> 2;
            case STARTTLS -> 1;
            case NONE -> -30;
        };
        return security + (candidate.protocol() == Protocol.IMAP ? 1 : 0);
    }

    static List<Candidate> sort(List<Candidate> candidates) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(Candidate::score).reversed());
        return List.copyOf(sorted);
    }
}
