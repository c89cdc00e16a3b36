package ch.mailbench.core.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NamesAndPortsTest {

    @ParameterizedTest
    @CsvSource({
            "Mail.Infomaniak.COM,  mail.infomaniak.com",
            "imap.bluewin.ch.,     imap.bluewin.ch",
            "smtp.müller.de,       smtp.xn--mller-kva.de",
            "127.0.0.1,            127.0.0.1",
            "localhost,            localhost"})
    void hostNamesAreNormalised(String typed, String ascii) {
        assertThat(HostName.of(typed).ascii()).isEqualTo(ascii);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "mail..ch", "mail_server.ch", "-mail.ch", "256.1.1.1", "mail server.ch"})
    void rejectsInvalidHostNames(String typed) {
        assertThatThrownBy(() -> HostName.of(typed)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void domainNamesNeedAnEnding() {
        assertThatThrownBy(() -> DomainName.of("localhost")).hasMessageContaining("needs a dot");
    }

    @Test
    void internationalisedDomainsKnowTheyAre() {
        assertThat(DomainName.of("café-martin.ch").isInternationalized()).isTrue();
        assertThat(DomainName.of("cafe-martin.ch").isInternationalized()).isFalse();
        assertThat(DomainName.of("café-martin.ch").unicode()).isEqualTo("café-martin.ch");
    }

    @Test
    void rejectsADomainLongerThan253Characters() {
        String longName = ("a".repeat(60) + ".").repeat(5) + "ch";
        assertThatThrownBy(() -> DomainName.of(longName)).hasMessageContaining("longer than 253");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 25, 465, 993, 65535})
    void acceptsPortsInRange(int number) {
        assertThat(Port.of(number).number()).isEqualTo(number);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 65536, 70000})
    void rejectsPortsOutOfRange(int number) {
        assertThatThrownBy(() -> Port.of(number)).hasMessage("Port must be between 1 and 65535");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''      | The port is empty",
            "abc     | whole number",
            "99.5    | whole number",
            "70000   | between 1 and 65535",
            "9999999 | whole number"})
    void explainsUnparseablePorts(String typed, String reason) {
        assertThatThrownBy(() -> Port.parse(typed)).hasMessageContaining(reason);
    }

    @Test
    void parsesATypedPortWithSpaces() {
        assertThat(Port.parse(" 587 ")).isEqualTo(Port.of(587));
    }

    @ParameterizedTest
    @CsvSource({"IMAP, SSL_TLS, 993", "IMAP, STARTTLS, 143", "POP3, SSL_TLS, 995", "POP3, NONE, 110",
            "SMTP, SSL_TLS, 465", "SMTP, STARTTLS, 587"})
    void knowsTheStandardPorts(Protocol protocol, Security security, int port) {
        assertThat(protocol.standardPort(security)).isEqualTo(Port.of(port));
    }
}
