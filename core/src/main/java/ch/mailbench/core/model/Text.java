package ch.mailbench.core.model;

/** Normalisation of optional free-text fields: absent and blank both become "". */
final class Text {

    private Text() {
    }

    static String orEmpty(String text) {
        return text == null ? "" : text.strip();
    }
}
