package ch.mailbench.core.sheet;

/** The paper the technician's printer takes. Sizes in PDF points (1/72 inch). */
public enum PaperSize {
    A4(595, 842),
    LETTER(612, 792);

    private final float width;
    private final float height;

    PaperSize(float width, float height) {
        this.width = width;
        this.height = height;
    }

    public float width() {
        return width;
    }

    public float height() {
        return height;
    }
}
