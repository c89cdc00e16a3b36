package ch.mailbench.app;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one completeness check of every resource bundle of Mailbench, in every module, found on the
 * class path rather than listed: each translation has exactly the English keys, no blank text where
 * English has one, the same placeholders as the English text. Bundles of MessageFormat patterns
 * (all but the sheet's named templates) must also parse, keep their arguments, write an apostrophe
 * always twice and leave no quoting artefact once formatted.
 */
class BundlesTest {

    /** One bundle of each module; the bundles are looked for beside them and below. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*(\\w+)");

    private static final List<String> MODULE_ANCHORS = List.of("/ch/mailbench/app/ui/Messages.properties",
            "/ch/mailbench/core/model/Outcomes.properties");

    @TestFactory
    Stream<DynamicTest> everyTranslationSaysWhatEnglishSays() {
        return bundles().entrySet().stream().flatMap(bundle -> bundle.getValue().entrySet().stream()
                .filter(translation -> !translation.getKey().isEmpty())
                .map(translation -> DynamicTest.dynamicTest(bundle.getKey() + "_" + translation.getKey(), () -> {
                    Properties english = bundle.getValue().get("");
                    Properties other = translation.getValue();
                    assertThat(other.stringPropertyNames()).as("keys").containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
                    for (String key : other.stringPropertyNames()) {
                        String text = other.getProperty(key);
                        // Blank only where English is blank too (an outcome without a hint).
                        assertThat(text.isBlank()).as(key + " is blank").isEqualTo(english.getProperty(key).isBlank());
                        assertThat(placeholders(text)).as(key + " placeholders").isEqualTo(placeholders(english.getProperty(key)));
                        if (isMessageFormat(english)) {
                            assertWorkingPattern(key, text, english.getProperty(key), translation.getKey());
                        }
                    }
                })));
    }

    @TestFactory
    Stream<DynamicTest> everyEnglishPatternParses() {
        return bundles().entrySet().stream().map(bundle -> DynamicTest.dynamicTest(bundle.getKey(), () -> {
            Properties english = bundle.getValue().get("");
            if (isMessageFormat(english)) {
                english.stringPropertyNames().forEach(key ->
                        assertWorkingPattern(key, english.getProperty(key), english.getProperty(key), "en"));
            }
        }));
    }

    /** The names or numbers in {@code {…}}: bundles use MessageFormat's numbers or named templates. */
    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    /** A bundle of MessageFormat patterns: no text names its placeholders (the sheet's templates do). */
    private static boolean isMessageFormat(Properties english) {
        return english.stringPropertyNames().stream().flatMap(key -> placeholders(english.getProperty(key)).stream())
                .allMatch(name -> name.chars().allMatch(Character::isDigit));
    }

    /**
     * {@code text} parses, takes as many arguments as the English one, writes an apostrophe always
     * twice (never to quote) and, given enough arguments, shows no quoting artefact.
     */
    private static void assertWorkingPattern(String key, String text, String englishText, String language) {
        assertThat(text.replace("''", "")).as(key + " lone apostrophe").doesNotContain("'");
        assertThat(new MessageFormat(text).getFormatsByArgumentIndex()).as(key + " arguments")
                .hasSameSizeAs(new MessageFormat(englishText).getFormatsByArgumentIndex());
        assertThat(new MessageFormat(text, Locale.forLanguageTag(language)).format(new Object[] {2, 3, 4, 5, 6, 7, 8, 9, 10, 11}))
                .as(key + " formatted").doesNotContain("''").doesNotContain("{");
    }

    /** Bundle name → language suffix ("" for English) → texts. */
    private static Map<String, Map<String, Properties>> bundles() {
        Map<String, Map<String, Properties>> bundles = new TreeMap<>();
        for (String anchor : MODULE_ANCHORS) {
            URL url = BundlesTest.class.getResource(anchor);
            assertThat(url).as(anchor).isNotNull();
            withRoot(url, anchor, root -> {
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path file : files.filter(f -> Files.isRegularFile(f) && f.toString().endsWith(".properties")).toList()) {
                        String name = root.relativize(file).toString().replace('\\', '/').replaceFirst("\\.properties$", "");
                        if (!name.startsWith("ch/mailbench/")) {
                            continue;
                        }
                        String base = name.replaceFirst("_[a-z]{2}$", "");
                        String language = name.length() == base.length() ? "" : name.substring(base.length() + 1);
                        bundles.computeIfAbsent(base, b -> new TreeMap<>()).put(language, load(file));
                    }
                }
            });
        }
        bundles.values().removeIf(languages -> languages.size() < 2);
        assertThat(bundles).as("bundles found").hasSizeGreaterThanOrEqualTo(6);
        return bundles;
    }

    private interface RootAction {
        void accept(Path root) throws IOException;
    }

    /** Runs {@code action} on the class-path root holding {@code anchor}: a folder, or a jar opened for it. */
    private static void withRoot(URL url, String anchor, RootAction action) {
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    action.accept(jar.getPath("/"));
                }
            } else {
                Path file = Path.of(uri);
                Path root = file;
                for (int depth = anchor.split("/").length - 1; depth > 0; depth--) {
                    root = root.getParent();
                }
                action.accept(root);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
