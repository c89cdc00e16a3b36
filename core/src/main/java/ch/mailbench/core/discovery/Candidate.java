package ch.mailbench.core.discovery;

import ch.mailbench.core.model.CertificateInfo;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.Protocol;
import ch.mailbench.core.model.UsernameFormat;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One server setting discovery proposes: incoming (IMAP, POP3) or SMTP, with the sentences that
 * justify it ("MX mx01.mail.icloud.com → iCloud Mail"), what connecting to it showed of its
 * certificate, and — with a password — the login that confirmed it.
 *
 * @param source   the most trusted source that proposed it
 * @param score    its rank weight: trust of the source, agreement of other sources, what the probe and login showed
 * @param provider the catalog provider it belongs to, when one is known
 */
public record Candidate(Protocol protocol, Endpoint endpoint, UsernameFormat usernameFormat, Source source, int score,
                        List<Evidence> evidence, CertificateStatus certificate, Optional<CertificateInfo> certificateInfo,
                        boolean modernAuthRequired, Optional<String> provider, Optional<Confirmation> confirmation) {

    public Candidate {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(usernameFormat, "usernameFormat");
        Objects.requireNonNull(source, "source");
        evidence = List.copyOf(evidence);
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(certificateInfo, "certificateInfo");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(confirmation, "confirmation");
    }

    /** A candidate as a source first states it: not probed, not confirmed. */
    static Candidate found(Protocol protocol, Endpoint endpoint, UsernameFormat format, Source source, int trust,
                           List<Evidence> evidence, boolean modernAuth, Optional<String> provider) {
        return new Candidate(protocol, endpoint, format, source, trust, evidence, CertificateStatus.NOT_CHECKED,
                Optional.empty(), modernAuth, provider, Optional.empty());
    }

    public boolean incoming() {
        return protocol != Protocol.SMTP;
    }

    Candidate with(int newScore, List<Evidence> newEvidence, CertificateStatus status, Optional<CertificateInfo> info,
                   Optional<Confirmation> newConfirmation) {
        return new Candidate(protocol, endpoint, usernameFormat, source, newScore, newEvidence, status, info,
                modernAuthRequired, provider, newConfirmation);
    }
}
