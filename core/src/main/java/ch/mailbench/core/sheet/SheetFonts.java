package ch.mailbench.core.sheet;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The embedded DejaVu fonts (every Latin accent, and the arrows the steps use): loaded once, as
 * parsing a TrueType file costs far more than a whole sheet. Each document embeds only the glyphs
 * it uses. Not for two documents at the same time: the renderer serialises its use.
 */
final class SheetFonts {

    final BaseFont regular;
    final BaseFont bold;
    final BaseFont mono;

    SheetFonts() {
        regular = load("DejaVuSans.ttf");
        bold = load("DejaVuSans-Bold.ttf");
        mono = load("DejaVuSansMono-Bold.ttf");
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
