package ch.mailbench.core.profile;

import java.io.InputStream;

/**
 * The two ways into a parser of mail-client profile files, a file in memory or a stream, both
 * bounded by {@link XmlLimits} and refusing a document with another root element; a subclass only
 * turns the element tree into its result.
 *
 * @param <T> what the file describes
 */
abstract class ProfileParser<T> {

    /**
     * A kind of profile file.
     *
     * @param what        the kind of file, as messages name it ("autoconfig file")
     * @param rootElement the element such a file starts with
     * @param otherwise   what a message says of a file that starts with another ("it is not …")
     */
    record Kind(String what, String rootElement, String otherwise) {
    }

    private final Kind kind;

    ProfileParser(Kind kind) {
        this.kind = kind;
    }

    public T parse(byte[] xml) {
        return readChecked(XmlNode.parse(xml, kind.what()));
    }

    /** Reads at most {@link XmlLimits#MAX_BYTES} bytes and {@link XmlLimits#MAX_DEPTH} levels; refuses anything beyond. */
    public T parse(InputStream xml) {
        return readChecked(XmlNode.parse(xml, kind.what()));
    }

    private T readChecked(XmlNode document) {
        return read(document.requireRoot(kind.rootElement(), kind.what(), kind.otherwise()));
    }

    /** The result from the document's root element (already checked). */
    abstract T read(XmlNode root);
}
