package ch.mailbench.core.probe;

import ch.mailbench.core.probe.testing.TestPki;
import ch.mailbench.core.probe.testing.TestPki.Leaf;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HostnameMatcherTest {

    @Test
    void matchesDnsAndIpAlternativeNames() {
        var certificate = TestPki.get().certificate(Leaf.LOCALHOST);

        assertThat(HostnameMatcher.matches(certificate, "localhost")).isTrue();
        assertThat(HostnameMatcher.matches(certificate, "LOCALHOST")).isTrue();
        assertThat(HostnameMatcher.matches(certificate, "127.0.0.1")).isTrue();
        assertThat(HostnameMatcher.matches(certificate, "127.0.0.3")).isFalse();
        assertThat(HostnameMatcher.matches(certificate, "mail.localhost")).isFalse();
    }

    @Test
    void namesTheCertificatesNames() {
        assertThat(HostnameMatcher.namesOf(TestPki.get().certificate(Leaf.OTHER_NAME))).containsExactly("imap.other-host.ch");
    }
}
