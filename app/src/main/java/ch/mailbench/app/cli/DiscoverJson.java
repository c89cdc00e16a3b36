package ch.mailbench.app.cli;

import ch.mailbench.core.discovery.Candidate;
import ch.mailbench.core.discovery.Confirmation;
import ch.mailbench.core.discovery.DiscoveryResult;
import ch.mailbench.core.discovery.Evidence;
import ch.mailbench.core.discovery.EvidenceTexts;
import ch.mailbench.core.discovery.ExchangeCandidate;
import ch.mailbench.core.discovery.SourceReport;
import ch.mailbench.core.model.CertificateInfo;
import ch.mailbench.core.probe.OutcomeTexts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import static ch.mailbench.app.cli.VerifyJson.string;

/**
 * {@code discover --json}: one object with the chosen incoming and SMTP server and every candidate,
 * best first. Server objects carry the fields of {@code verify --json} plus source, evidence and
 * the certificate status.
 */
final class DiscoverJson {

    /** Login explanations in English whatever the process's language, as the evidence sentences. */
    private static final OutcomeTexts ENGLISH = new OutcomeTexts(Locale.ENGLISH);

    private DiscoverJson() {
    }

    static String of(DiscoveryResult result) {
        StringBuilder json = new StringBuilder("{");
        field(json, "email", string(result.address().unicode()));
        field(json, "found", Boolean.toString(result.found()));
        field(json, "chosen", "{" + string("incoming") + ":" + server(result.incoming(), result.passwordTried()) + ","
                + string("smtp") + ":" + server(result.smtp(), result.passwordTried()) + ","
                + string("exchange") + ":" + result.exchangeChosen().map(DiscoverJson::exchange).orElse("null") + "}");
        field(json, "candidates", "[" + result.candidates().stream().map(c -> server(Optional.of(c), result.passwordTried()))
                .collect(Collectors.joining(",")) + "]");
        field(json, "exchange", "[" + result.exchange().stream().map(DiscoverJson::exchange).collect(Collectors.joining(",")) + "]");
        field(json, "sources", "[" + result.sources().stream().map(DiscoverJson::source).collect(Collectors.joining(",")) + "]");
        field(json, "cancelled", Boolean.toString(result.cancelled()));
        return close(json);
    }

    private static String server(Optional<Candidate> found, boolean passwordTried) {
        if (found.isEmpty()) {
            return "null";
        }
        Candidate candidate = found.get();
        StringBuilder json = new StringBuilder("{");
        field(json, "protocol", string(candidate.protocol().name()));
        field(json, "host", string(candidate.endpoint().host().unicode()));
        field(json, "port", Integer.toString(candidate.endpoint().port().number()));
        field(json, "security", string(candidate.endpoint().security().name()));
        field(json, "username_format", string(candidate.usernameFormat().storageForm()));
        if (passwordTried) {
            Optional<Confirmation> login = candidate.confirmation();
            field(json, "outcome", login.map(c -> string(c.outcome().name())).orElse("null"));
            field(json, "latency_ms", login.map(c -> Long.toString(c.latencyMillis())).orElse("null"));
            field(json, "message", login.map(c -> string(ENGLISH.explanation(c.diagnosis()))).orElse("null"));
        }
        field(json, "source", string(candidate.source().name()));
        field(json, "evidence", sentences(candidate.evidence()));
        field(json, "certificate", string(candidate.certificate().name()));
        field(json, "certificate_sha256", candidate.certificateInfo().map(CertificateInfo::sha256Fingerprint).map(VerifyJson::string)
                .orElse("null"));
        field(json, "provider", candidate.provider().map(VerifyJson::string).orElse("null"));
        field(json, "modern_auth_required", Boolean.toString(candidate.modernAuthRequired()));
        field(json, "score", Integer.toString(candidate.score()));
        return close(json);
    }

    private static String exchange(ExchangeCandidate candidate) {
        StringBuilder json = new StringBuilder("{");
        field(json, "type", string("EXCHANGE"));
        field(json, "host", string(candidate.server().unicode()));
        field(json, "kind", string(candidate.kind()));
        field(json, "username_format", string(candidate.usernameFormat().storageForm()));
        field(json, "source", string("AUTODISCOVER"));
        field(json, "evidence", sentences(candidate.evidence()));
        field(json, "score", Integer.toString(candidate.score()));
        return close(json);
    }

    private static String source(SourceReport report) {
        StringBuilder json = new StringBuilder("{");
        field(json, "source", string(report.source().name()));
        field(json, "state", string(report.state().name()));
        field(json, "summary", string(EvidenceTexts.english().summary(report)));
        field(json, "ms", Long.toString(report.millis()));
        return close(json);
    }

    /** In English whatever the process's language: scripts read the same sentences on every machine. */
    private static String sentences(List<Evidence> evidence) {
        return "[" + EvidenceTexts.english().sentences(evidence).stream().map(VerifyJson::string).collect(Collectors.joining(",")) + "]";
    }

    static void field(StringBuilder json, String name, String value) {
        json.append(string(name)).append(':').append(value).append(',');
    }

    static String close(StringBuilder json) {
        if (json.charAt(json.length() - 1) == ',') {
            json.setLength(json.length() - 1);
        }
        return json.append('}').toString();
    }

}
