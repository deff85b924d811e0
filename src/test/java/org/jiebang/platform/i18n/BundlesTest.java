package org.jiebang.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** SPEC §12 and DESIGN.md: both languages complete, no raw keys on any page. */
class BundlesTest {

    static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = { "/org/jiebang/messages", "/org/jiebang/faces", "/ValidationMessages" })
    void chineseAndEnglishHaveTheSameKeys(String base) throws IOException {
        Set<String> zh = new TreeSet<>(load(base + "_zh_CN.properties").stringPropertyNames());
        Set<String> en = new TreeSet<>(load(base + "_en.properties").stringPropertyNames());
        assertEquals(zh, en);
    }

    @Test
    void noTextIsEmptyAndTheChineseBundleIsChinese() throws IOException {
        Properties zh = load("/org/jiebang/messages_zh_CN.properties");
        Properties en = load("/org/jiebang/messages_en.properties");
        for (String key : zh.stringPropertyNames()) {
            assertTrue(!zh.getProperty(key).isBlank() && !en.getProperty(key).isBlank(), key);
        }
        long chinese = zh.stringPropertyNames().stream()
                .filter(k -> zh.getProperty(k).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                .count();
        assertTrue(chinese > zh.size() * 0.9, "texts in Chinese: " + chinese + " of " + zh.size());
    }

    /** Every msg['key'] written literally in a page exists in the bundle. */
    @Test
    void everyKeyUsedInAPageExists() throws IOException {
        Properties zh = load("/org/jiebang/messages_zh_CN.properties");
        Pattern literal = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = literal.matcher(Files.readString(page));
                while (m.find()) {
                    if (!m.group(1).endsWith(".") && !zh.containsKey(m.group(1))) {
                        missing.add(page.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }
}
