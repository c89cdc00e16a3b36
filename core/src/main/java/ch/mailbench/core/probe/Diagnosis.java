package ch.mailbench.core.probe;

import ch.mailbench.core.model.Outcome;

import java.util.List;
import java.util.Objects;

/**
 * What went wrong (or right) in one attempt, in words the {@link OutcomeTexts} bundle can say in
 * the user's language: the outcome, an optional variant that sharpens the explanation and hint
 * (e.g. TIMEOUT "noGreetingTlsPort"), the values to fill in, and the technical detail for experts.
 */
public record Diagnosis(Outcome outcome, String variant, List<String> arguments, String technicalDetail) {

    public Diagnosis {
        Objects.requireNonNull(outcome, "outcome");
        variant = variant == null ? "" : variant;
        arguments = List.copyOf(arguments);
        technicalDetail = technicalDetail == null ? "" : technicalDetail;
    }

    public static Diagnosis of(Outcome outcome, String variant, String technicalDetail, String... arguments) {
        return new Diagnosis(outcome, variant, List.of(arguments), technicalDetail);
    }
}
