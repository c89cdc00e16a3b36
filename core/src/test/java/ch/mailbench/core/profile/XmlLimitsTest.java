package ch.mailbench.core.profile;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 12 item 9: hostile documents are refused before they cost a stack or the heap. */
class XmlLimitsTest {

    private static byte[] nested(String root, int depth) {
        return ("<" + root + ">" + "<a>".repeat(depth) + "</a>".repeat(depth) + "</" + root + ">").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void deepNestingIsRefusedWithoutAStackOverflow() {
        assertThatThrownBy(() -> new AutoconfigParser().parse(nested("clientConfig", 10_000)))
                .isInstanceOf(ProfileFormatException.class)
                .hasMessage("The autoconfig file nests elements deeper than " + XmlLimits.MAX_DEPTH + " levels (line 1); no real configuration does");
        assertThatThrownBy(() -> new AutodiscoverParser().parse(nested("Autodiscover", 10_000)))
                .isInstanceOf(ProfileFormatException.class).hasMessageContaining("deeper than " + XmlLimits.MAX_DEPTH);
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeParsing() {
        byte[] big = ("<clientConfig><!--" + "x".repeat(XmlLimits.MAX_BYTES) + "--></clientConfig>").getBytes(StandardCharsets.UTF_8);
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return ' ';
            }
        };

        assertThatThrownBy(() -> new AutoconfigParser().parse(big))
                .isInstanceOf(ProfileFormatException.class)
                .hasMessage("The autoconfig file is larger than 1,000,000 bytes; no real configuration is");
        assertThatThrownBy(() -> new AutodiscoverParser().parse(new ByteArrayInputStream(big)))
                .isInstanceOf(ProfileFormatException.class).hasMessageContaining("larger than 1,000,000 bytes");
        assertThatThrownBy(() -> new AutoconfigParser().parse(endless))
                .isInstanceOf(ProfileFormatException.class).hasMessageContaining("larger than 1,000,000 bytes");
    }

    @Test
    void realisticDocumentsStayWithinTheLimits() {
        assertThat(new AutoconfigParser().parse(("<clientConfig version=\"1.1\"><emailProvider id=\"x.ch\"><domain>x.ch</domain>"
                + "</emailProvider></clientConfig>").getBytes(StandardCharsets.UTF_8)).domains()).containsExactly("x.ch");
    }
}
