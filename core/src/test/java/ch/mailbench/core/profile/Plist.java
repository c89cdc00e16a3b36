package ch.mailbench.core.profile;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict reader of Apple's XML property lists for tests: dict keys and values must alternate,
 * only plist value types are allowed, so a file it accepts is a plist a device can read.
 */
final class Plist {

    private Plist() {
    }

    static Map<String, Object> parseDict(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        if (document.getDoctype() == null || !"plist".equals(document.getDoctype().getName())) {
            throw new AssertionError("no plist DOCTYPE");
        }
        Element root = document.getDocumentElement();
        if (!root.getTagName().equals("plist") || !"1.0".equals(root.getAttribute("version"))) {
            throw new AssertionError("root is not <plist version=\"1.0\">");
        }
        List<Element> values = elements(root);
        if (values.size() != 1) {
            throw new AssertionError("a plist holds exactly one value");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> dict = (Map<String, Object>) value(values.get(0));
        return dict;
    }

    private static Object value(Element element) {
        switch (element.getTagName()) {
            case "string": return element.getTextContent();
            case "integer": return Long.parseLong(element.getTextContent().strip());
            case "true": return Boolean.TRUE;
            case "false": return Boolean.FALSE;
            case "array": {
                List<Object> list = new ArrayList<>();
                for (Element child : elements(element)) {
                    list.add(value(child));
                }
                return list;
            }
            case "dict": {
                Map<String, Object> map = new LinkedHashMap<>();
                List<Element> children = elements(element);
                if (children.size() % 2 != 0) {
                    throw new AssertionError("dict with a key but no value");
                }
                for (int i = 0; i < children.size(); i += 2) {
                    if (!children.get(i).getTagName().equals("key")) {
                        throw new AssertionError("expected <key>, found <" + children.get(i).getTagName() + ">");
                    }
                    String key = children.get(i).getTextContent();
                    if (map.put(key, value(children.get(i + 1))) != null) {
                        throw new AssertionError("duplicate key " + key);
                    }
                }
                return map;
            }
            default: throw new AssertionError("not a plist value: <" + element.getTagName() + ">");
        }
    }

    private static List<Element> elements(Element parent) {
        List<Element> list = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                list.add(e);
            } else if (n.getNodeType() == Node.TEXT_NODE && !n.getTextContent().isBlank()) {
                throw new AssertionError("stray text in <" + parent.getTagName() + ">");
            }
        }
        return list;
    }
}
