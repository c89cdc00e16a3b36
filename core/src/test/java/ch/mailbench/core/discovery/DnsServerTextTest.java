package ch.mailbench.core.discovery;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DnsServerTextTest {

    @Test
    void readsNamesIpv4AndIpv6WithAndWithoutPort() {
        assertThat(DnsServerText.parse("127.0.0.1:5353")).isEqualTo(new DnsServerText("127.0.0.1", 5353));
        assertThat(DnsServerText.parse(" dns.example.ch ")).isEqualTo(new DnsServerText("dns.example.ch", 53));
        assertThat(DnsServerText.parse("[::1]:5353")).isEqualTo(new DnsServerText("::1", 5353));
        assertThat(DnsServerText.parse("[2001:db8::53]")).isEqualTo(new DnsServerText("2001:db8::53", 53));
        assertThat(DnsServerText.parse("2001:db8::53")).isEqualTo(new DnsServerText("2001:db8::53", 53));
        assertThat(DiscoveryOptions.parseDnsServer("[::1]:5353").getPort()).isEqualTo(5353);
        assertThat(ResolverSetting.check(" [::1]:5353 ")).isEqualTo("[::1]:5353");
    }

    @Test
    void badTextIsRefusedSayingHowToWriteIt() {
        assertThatThrownBy(() -> DnsServerText.parse("[::1:5353")).hasMessageContaining("[IPv6]:PORT");
        assertThatThrownBy(() -> DnsServerText.parse("[::1]5353")).hasMessageContaining("only :PORT may follow");
        assertThatThrownBy(() -> DnsServerText.parse("[::1]:99999")).hasMessageContaining("between 1 and 65535");
        assertThatThrownBy(() -> DnsServerText.parse("[dns.example.ch]:53")).hasMessageContaining("is not an IPv6 address");
        assertThatThrownBy(() -> DnsServerText.parse("fe80::zz::1")).hasMessageContaining("is not an IPv6 address");
        assertThatThrownBy(() -> DnsServerText.parse("300.1.1.1")).hasMessageContaining("is not an IPv4 address");
        assertThatThrownBy(() -> DnsServerText.parse(" ")).hasMessageContaining("empty");
    }
}
