package ch.mailbench.core.history;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The stored text form of a field → value map: the {@link Properties} format (escapes any
 * character, one line per field, sorted), readable in the database and by other tools, and plain
 * TEXT in every SQL dialect.
 */
public final class ValuesText {

    private ValuesText() {
    }

    public static String format(Map<String, String> values) {
        StringBuilder text = new StringBuilder();
        // One entry at a time, in key order: Java 17's Properties.store writes in hash order.
        new TreeMap<>(values).forEach((key, value) -> {
            Properties line = new Properties();
            line.setProperty(key, value);
            StringWriter written = new StringWriter();
            try {
                line.store(written, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // store() starts with a date comment: neither data nor stable.
            written.toString().lines().filter(l -> !l.startsWith("#")).forEach(l -> text.append(l).append('\n'));
        });
        return text.toString();
    }

    public static Map<String, String> parse(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> values = new TreeMap<>();
        properties.forEach((key, value) -> values.put(key.toString(), value.toString()));
        return values;
    }
}
