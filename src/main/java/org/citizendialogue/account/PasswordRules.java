package org.citizendialogue.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.Texts;

/**
 * What a new password must be (ASVS 2.1): 12 to 128 code points in any script, not made of one or
 * three characters, not a common password (a local list; nothing is sent anywhere) and not built
 * from the portal's own words or the person's e-mail and name. Decision 018.
 */
final class PasswordRules {

    /** The portal's own words, which an attacker tries first. */
    private static final List<String> PORTAL_WORDS = List.of(
            "citizen",
            "dialogue",
            "dialog",
            "beijing",
            "portal",
            "demo",
            "bureau",
            "economy",
            "市民",
            "对话",
            "北京",
            "门户",
            "演示");

    private static final Set<String> COMMON = load("/passwords/common-passwords.txt");
    /** What is left of a password once its common and personal parts are taken out must be at least this long. */
    private static final int MIN_OWN_PART = 4;

    private PasswordRules() {}

    /** Refuses at the field {@code password}; {@code email} and {@code displayName} may be null. */
    static void check(String password, String email, String displayName) {
        var length = Texts.length(password);
        if (length < RegistrationDraft.PASSWORD_MIN) {
            throw DomainException.atField("password", "register.error.password-short", RegistrationDraft.PASSWORD_MIN);
        }
        if (length > RegistrationDraft.PASSWORD_MAX) {
            throw DomainException.atField("password", "validation.too-long", RegistrationDraft.PASSWORD_MAX);
        }
        if (password.isBlank() || password.codePoints().distinct().count() < 4) {
            throw DomainException.atField("password", "register.error.password-weak");
        }
        if (guessable(password, email, displayName)) {
            throw DomainException.atField("password", "register.error.password-common");
        }
    }

    static boolean guessable(String password, String email, String displayName) {
        var plain = normalize(password);
        if (isCommon(plain)) {
            return true;
        }
        var rest = plain;
        for (var word : contextWords(email, displayName)) {
            rest = rest.replace(word, " ");
        }
        var own = rest.codePoints()
                .filter(PasswordRules::isOwnCharacter)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return own.codePointCount(0, own.length()) < MIN_OWN_PART || isCommon(own);
    }

    /** Looked up as typed, without digits or symbols around it, and with common letter substitutions undone. */
    private static boolean isCommon(String plain) {
        var squeezed = plain.replaceAll("\\s+", "");
        var core = squeezed.replaceAll("^[^\\p{L}\\p{So}]+|[^\\p{L}\\p{So}]+$", "");
        return COMMON.contains(squeezed)
                || COMMON.contains(core)
                || COMMON.contains(unLeet(squeezed))
                || COMMON.contains(unLeet(squeezed).replaceAll("^[^\\p{L}\\p{So}]+|[^\\p{L}\\p{So}]+$", ""))
                || core.isEmpty() && squeezed.codePoints().distinct().count() < 6;
    }

    /** Letters of any script and pictographs count as a password's own part; digits and punctuation do not. */
    private static boolean isOwnCharacter(int c) {
        return Character.isLetter(c) || Character.getType(c) == Character.OTHER_SYMBOL;
    }

    private static String unLeet(String text) {
        var out = new StringBuilder(text.length());
        for (var c : text.toCharArray()) {
            out.append(
                    switch (c) {
                        case '@', '4' -> 'a';
                        case '0' -> 'o';
                        case '1', '!' -> 'i';
                        case '3' -> 'e';
                        case '$', '5' -> 's';
                        case '7' -> 't';
                        default -> c;
                    });
        }
        // substitutions at the end are more often a digit suffix: keep the original digits there
        var trailingDigits = text.replaceAll("^.*?(\\d*)$", "$1");
        return out.substring(0, out.length() - trailingDigits.length()) + trailingDigits;
    }

    private static List<String> contextWords(String email, String displayName) {
        var words = new ArrayList<>(PORTAL_WORDS);
        if (email != null && email.contains("@")) {
            var local = normalize(email.substring(0, email.indexOf('@')));
            words.add(local);
            words.addAll(parts(local));
        }
        if (displayName != null) {
            var name = normalize(displayName);
            words.add(name.replaceAll("\\s+", ""));
            words.addAll(parts(name));
        }
        words.removeIf(
                w -> w.codePointCount(0, w.length()) < 2 || w.codePoints().allMatch(c -> c < 128) && w.length() < 3);
        words.sort(Comparator.comparingInt(String::length).reversed());
        return words;
    }

    private static List<String> parts(String text) {
        return List.of(text.split("[^\\p{L}\\p{N}]+"));
    }

    private static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .strip();
    }

    private static Set<String> load(String resource) {
        var words = new HashSet<String>();
        try (var in = PasswordRules.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (var line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
