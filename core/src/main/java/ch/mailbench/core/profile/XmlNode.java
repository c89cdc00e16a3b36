package ch.mailbench.core.profile;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A small, namespace-blind element tree with line numbers, so the readers can be tolerant of
 * what real files put where and still name the line when something is wrong.
 */
record XmlNode(String name, Map<String, String> attributes, String text, int line, List<XmlNode> children) {

    /** As {@link #parse(InputStream, String)}, for a file in memory: one over {@link XmlLimits#MAX_BYTES} is refused unread. */
    static XmlNode parse(byte[] xml, String what) {
        if (xml.length > XmlLimits.MAX_BYTES) {
            throw XmlLimits.tooLarge(what);
        }
        return parse(new ByteArrayInputStream(xml), what);
    }

    /** Reads the whole document; throws {@link ProfileFormatException} naming the line when it is not well-formed. */
    static XmlNode parse(InputStream in, String what) {
        XMLStreamReader reader;
        try {
            reader = Xml.reader(XmlLimits.bounded(in), what);
        } catch (ProfileFormatException e) {
            throw XmlLimits.isTooLarge(e) ? XmlLimits.tooLarge(what) : e;
        }
        try {
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                    return element(reader, 1, what);
                }
            }
            throw new ProfileFormatException("The " + what + " is empty: it has no XML element");
        } catch (XMLStreamException | RuntimeException e) {
            if (XmlLimits.isTooLarge(e)) {
                throw XmlLimits.tooLarge(what);
            }
            if (e instanceof XMLStreamException stream) {
                throw Xml.notWellFormed(what, stream);
            }
            throw (RuntimeException) e;
        } finally {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // Closing a reader only frees its buffers; the result is already complete.
            }
        }
    }

    /** This node when it is the {@code expected} root element; else the file is refused, saying what it {@code isNot}. */
    XmlNode requireRoot(String expected, String what, String isNot) {
        if (!is(expected)) {
            throw new ProfileFormatException("The " + what + " starts with <" + name + "> on line " + line + ", not <"
                    + expected + ">: " + isNot);
        }
        return this;
    }

    private static XmlNode element(XMLStreamReader reader, int depth, String what) throws XMLStreamException {
        String name = reader.getLocalName();
        int line = reader.getLocation().getLineNumber();
        if (depth > XmlLimits.MAX_DEPTH) {
            throw XmlLimits.tooDeep(what, line);
        }
        Map<String, String> attributes = new TreeMap<>();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
        }
        List<XmlNode> children = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> children.add(element(reader, depth + 1, what));
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> text.append(reader.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    return new XmlNode(name, Map.copyOf(attributes), text.toString().strip(), line, List.copyOf(children));
                }
                default -> { /* comments and processing instructions carry no settings */ }
            }
        }
    }

    /** Children with this local name, ignoring case (real files are not consistent). */
    List<XmlNode> all(String childName) {
        return children.stream().filter(c -> c.name.equalsIgnoreCase(childName)).toList();
    }

    Optional<XmlNode> first(String childName) {
        return children.stream().filter(c -> c.name.equalsIgnoreCase(childName)).findFirst();
    }

    /** The stripped text of the first child with this name, if present and not blank. */
    Optional<String> textOf(String childName) {
        return first(childName).map(XmlNode::text).filter(t -> !t.isEmpty());
    }

    Optional<String> attribute(String attributeName) {
        return attributes.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(attributeName))
                .map(Map.Entry::getValue)
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .findFirst();
    }

    boolean is(String elementName) {
        return name.toLowerCase(Locale.ROOT).equals(elementName.toLowerCase(Locale.ROOT));
    }
}
