package org.citizendialogue.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every UI text exists in English and in Simplified Chinese, and every key the code uses exists. */
class TranslationBundlesTest {

    private static final Pattern USED_KEY = Pattern.compile("getTranslation\\(\\s*\"([a-z0-9.\\-]+)\"\\s*[,)]");

    static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (var in = TranslationBundlesTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void english_and_chinese_have_the_same_keys() throws IOException {
        var english = new TreeSet<>(load("translations.properties").stringPropertyNames());
        var chinese = new TreeSet<>(load("translations_zh_CN.properties").stringPropertyNames());
        var onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(chinese);
        var onlyChinese = new TreeSet<>(chinese);
        onlyChinese.removeAll(english);
        assertThat(onlyEnglish).as("keys missing in Chinese").isEmpty();
        assertThat(onlyChinese).as("keys missing in English").isEmpty();
    }

    @Test
    void no_text_is_empty_and_every_pattern_formats_in_its_language() throws IOException {
        for (var bundle : new String[] {"translations.properties", "translations_zh_CN.properties"}) {
            var properties = load(bundle);
            var locale = bundle.contains("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
            for (var key : properties.stringPropertyNames()) {
                var value = properties.getProperty(key);
                assertThat(value).as(bundle + " " + key).isNotBlank();
                new MessageFormat(value, locale).format(new Object[] {1, 2, 3});
            }
        }
    }

    @Test
    void the_chinese_bundle_is_really_chinese() throws IOException {
        var chinese = load("translations_zh_CN.properties");
        var han = Pattern.compile("\\p{IsHan}");
        var untranslated = chinese.stringPropertyNames().stream()
                .filter(k -> !han.matcher(chinese.getProperty(k)).find())
                .filter(k -> !k.equals("login.demo.text"))
                .toList();
        assertThat(untranslated).as("values with no Chinese character").isEmpty();
    }

    @Test
    void every_key_used_in_code_exists() throws IOException {
        var english = load("translations.properties");
        var missing = new TreeSet<String>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (var file : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                var matcher = USED_KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    var key = matcher.group(1);
                    if (!key.endsWith(".") && !english.containsKey(key)) {
                        missing.add(key + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
