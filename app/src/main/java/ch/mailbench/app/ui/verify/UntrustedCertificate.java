package ch.mailbench.app.ui.verify;

import ch.mailbench.core.model.CertificateInfo;
import ch.mailbench.core.model.HostName;

import java.util.Objects;

/** A certificate a server presented and Mailbench refused: what the trust dialog shows. */
public record UntrustedCertificate(HostName host, CertificateInfo certificate) {

    public UntrustedCertificate {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(certificate, "certificate");
    }
}
