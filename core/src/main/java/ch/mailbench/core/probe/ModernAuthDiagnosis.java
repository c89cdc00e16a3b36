package ch.mailbench.core.probe;

import ch.mailbench.core.model.Outcome;

import java.util.List;
import java.util.Optional;

/**
 * A refused login at a provider that refuses plain passwords even when they are right: the
 * explanation becomes "this provider needs modern sign-in (OAuth2) or an app password" (variant
 * {@code modernAuth} of AUTH_FAILED, {@code modernAuthUnnamed} when the provider has no name) instead
 * of suggesting a wrong password. Connection tests and discovery's confirming logins both word it so.
 */
public final class ModernAuthDiagnosis {

    static final String VARIANT = "modernAuth";
    static final String VARIANT_UNNAMED = "modernAuthUnnamed";

    private ModernAuthDiagnosis() {
    }

    /** The refusal of a plain password by {@code provider} (its name, when known), for {@link OutcomeTexts} to word. */
    public static Diagnosis refusal(Optional<String> provider, String technicalDetail) {
        return provider.filter(name -> !name.isBlank())
                .map(name -> Diagnosis.of(Outcome.AUTH_FAILED, VARIANT, technicalDetail, name))
                .orElseGet(() -> Diagnosis.of(Outcome.AUTH_FAILED, VARIANT_UNNAMED, technicalDetail));
    }

    static ServerReport explain(ServerReport report, Optional<String> provider) {
        if (provider.isEmpty()) {
            return report;
        }
        List<Attempt> attempts = report.attempts().stream().map(a -> explain(a, provider.get())).toList();
        return new ServerReport(report.role(), report.target(), attempts);
    }

    /** Whether the server refused a login that sent credentials (the only case worth asking the MX about). */
    static boolean loginRefused(ServerReport report) {
        return report.attempts().stream().anyMatch(a -> a.diagnosis().outcome() == Outcome.AUTH_FAILED && a.sentCredentials());
    }

    private static Attempt explain(Attempt attempt, String provider) {
        Diagnosis diagnosis = attempt.diagnosis();
        // Only a login the server refused: "no password available" keeps its own explanation.
        if (diagnosis.outcome() != Outcome.AUTH_FAILED || !attempt.sentCredentials()) {
            return attempt;
        }
        return new Attempt(attempt.username(), attempt.usernameFormat(),
                refusal(Optional.of(provider), diagnosis.technicalDetail()),
                attempt.latencyMillis(), attempt.certificate(), attempt.greeting(), attempt.transcript(), attempt.sentCredentials());
    }
}
