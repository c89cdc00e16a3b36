package ch.mailbench.core.probe;

import ch.mailbench.core.model.Outcome;

import java.security.cert.CertificateException;
import java.util.List;

/**
 * Why the server certificate was refused, thrown from the trust manager so the handshake fails
 * and the classifier finds the exact reason in the cause chain.
 */
final class CertificateProblem extends CertificateException {

    private static final long serialVersionUID = 1L;

    private final Outcome outcome;
    private final List<String> certificateNames;

    CertificateProblem(Outcome outcome, String message, List<String> certificateNames, Throwable cause) {
        super(message, cause);
        this.outcome = outcome;
        this.certificateNames = List.copyOf(certificateNames);
    }

    Outcome outcome() {
        return outcome;
    }

    /** The names the certificate is for (for a host name mismatch). */
    List<String> certificateNames() {
        return certificateNames;
    }
}
