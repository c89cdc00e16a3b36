package ch.mailbench.core.sheet;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The embedded DejaVu fonts (every Latin accent, and the arrows the steps use), with a subset of
 * Symbola for the emoji and symbols DejaVu lacks: loaded once, as parsing a TrueType file costs
 * far more than a whole sheet. Each document embeds only the glyphs it uses. Not for two
 * documents at the same time: the renderer serialises its use.
 */
final class SheetFonts {

    final BaseFont regular;
    final BaseFont bold;
    final BaseFont mono;
    /** Symbols and emoji (monochrome) for what DejaVu has no glyph for. */
    final BaseFont symbols;

    SheetFonts() {
        regular = load("DejaVuSans.ttf");
        bold = load("DejaVuSans-Bold.ttf");
        mono = load("DejaVuSansMono-Bold.ttf");
        symbols = load("SymbolaEmoji.ttf");
    }

    /**
     * {@code text} in {@code font}, with each character the font has no glyph for taken from the
     * symbol font, or else shown as U+FFFD: OpenPDF would leave it out without a word. Joiners and
     * variation selectors have no glyph of their own and stay out (an emoji sequence prints as its
     * parts: 👨‍👩‍👧 as three faces).
     */
    java.util.List<Chunk> chunks(String text, Font font) {
        java.util.List<Chunk> chunks = new java.util.ArrayList<>();
        StringBuilder run = new StringBuilder();
        Font runFont = font;
        Font symbolFont = null;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int c = text.codePointAt(i);
            Font wanted;
            if (font.getBaseFont().charExists(c) || Character.isWhitespace(c) || c < 0x20) {
                wanted = font;
            } else if (Character.getType(c) == Character.FORMAT || (c >= 0xFE00 && c <= 0xFE0F)) {
                continue;
            } else if (symbols.charExists(c)) {
                symbolFont = symbolFont != null ? symbolFont : symbolFont(font);
                wanted = symbolFont;
            } else {
                wanted = font;
                c = 0xFFFD;
            }
            if (wanted != runFont && !run.isEmpty()) {
                chunks.add(new Chunk(run.toString(), runFont));
                run.setLength(0);
            }
            runFont = wanted;
            run.appendCodePoint(c);
        }
        if (!run.isEmpty() || chunks.isEmpty()) {
            chunks.add(new Chunk(run.toString(), runFont));
        }
        return chunks;
    }

    /** {@link #chunks} as one phrase. */
    Phrase phrase(String text, Font font) {
        Phrase phrase = new Phrase(font.getCalculatedLeading(1.5f));
        phrase.addAll(chunks(text, font));
        return phrase;
    }

    /** The symbol font in {@code like}'s size and colour (difference() keeps the colour). */
    private Font symbolFont(Font like) {
        return like.difference(new Font(symbols, like.getSize()));
    }

    Font regular(float size) {
        return new Font(regular, size);
    }

    Font bold(float size) {
        return new Font(bold, size);
    }

    Font mono(float size) {
        return new Font(mono, size);
    }

    /** A font in a grey; OpenPDF's integer setter keeps java.awt out of core. */
    static Font grey(Font font) {
        font.setColor(90, 90, 90);
        return font;
    }

    private static BaseFont load(String file) {
        try (InputStream in = SheetFonts.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The font " + file + " is missing from the program");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the font " + file, e);
        }
    }
}
