package ch.mailbench.core.profile;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * XML plumbing shared by the profile readers and writers. Readers never fetch anything: the files
 * come from the internet (settings discovery), so DTDs and external entities are switched off.
 */
final class Xml {

    private Xml() {
    }

    /** A streaming reader that ignores DOCTYPEs instead of resolving them, and knows no external entities. */
    static XMLStreamReader reader(InputStream in, String what) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        try {
            return factory.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw notWellFormed(what, e);
        }
    }

    static ProfileFormatException notWellFormed(String what, XMLStreamException e) {
        String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNumber() + ")";
        String reason = e.getMessage() == null ? "" : e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
        return new ProfileFormatException("The " + what + " is not well-formed XML" + where + ": " + reason.strip(), e);
    }

    /** An empty DOM document to build a file in. */
    static Document newDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser is not configured", e);
        }
    }

    static Element child(Document document, Element parent, String name, String text) {
        Element element = document.createElementNS(parent.getNamespaceURI(), name);
        element.setTextContent(text);
        parent.appendChild(element);
        return element;
    }

    /** Serialises as indented UTF-8, with the DOCTYPE when given (plists need theirs). */
    static byte[] toBytes(Document document, String doctypePublic, String doctypeSystem) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, StandardCharsets.UTF_8.name());
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            if (doctypePublic != null) {
                transformer.setOutputProperty(OutputKeys.DOCTYPE_PUBLIC, doctypePublic);
                transformer.setOutputProperty(OutputKeys.DOCTYPE_SYSTEM, doctypeSystem);
            }
            document.setXmlStandalone(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("Could not write the XML document", e);
        }
    }
}
