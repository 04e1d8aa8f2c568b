package org.citizendialogue.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Views contain no user-facing literal text: every word a person reads comes from the bundles.
 * A literal in a UI class may be an id, a CSS class, a route, a message key, an attribute or
 * punctuation; anything that reads as words (a space between letters, a capital, Chinese) fails.
 */
class NoLiteralTextInViewsTest {

    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern WORDS = Pattern.compile("[A-Za-z]{2,}\\s+[A-Za-z]{2,}|^[A-Z][a-z]+$|\\p{IsHan}");
    /** Language names are written in their own language on the switch, by design. */
    private static final Set<String> ALLOWED = Set.of("中文", "English", "noopener noreferrer");

    @Test
    void ui_classes_have_no_literal_user_facing_text() throws IOException {
        List<String> offences = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (var file : sources.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.toString().contains("/ui/"))
                    .toList()) {
                var lines = Files.readAllLines(file);
                var inLogCall = false;
                for (int i = 0; i < lines.size(); i++) {
                    var line = lines.get(i).strip();
                    if (line.startsWith("*")
                            || line.startsWith("//")
                            || line.startsWith("/*")
                            || line.startsWith("@")
                            || line.startsWith("log.")
                            || inLogCall) {
                        // a log call's message is for operators, also when the formatter wraps it
                        inLogCall = (line.startsWith("log.") || inLogCall) && !line.endsWith(";");
                        continue;
                    }
                    var matcher = STRING.matcher(line);
                    while (matcher.find()) {
                        var literal = matcher.group(1);
                        if (!ALLOWED.contains(literal)
                                && !literal.contains("$0")
                                && WORDS.matcher(literal).find()) {
                            offences.add(file.getFileName() + ":" + (i + 1) + " \"" + literal + "\"");
                        }
                    }
                }
            }
        }
        assertThat(offences).isEmpty();
    }
}
