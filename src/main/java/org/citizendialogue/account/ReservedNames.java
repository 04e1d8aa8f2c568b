package org.citizendialogue.account;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.citizendialogue.shared.DomainException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Words a resident's display name may not contain, so that nobody passes for the bureau or the
 * portal's staff next to a question: "Official", 官方, moderator, admin and the bureau's own names,
 * plus any set in {@code dialogue.accounts.reserved-names}. Letter case, full-width letters,
 * spaces and punctuation do not get a name past the check.
 */
@Component
class ReservedNames {

    private static final List<String> ALWAYS = List.of(
            "official",
            "官方",
            "bureau",
            "moderator",
            "版主",
            "administrator",
            "admin",
            "管理员",
            "citizen dialogue",
            "Beijing Municipal Bureau of Economy and Information Technology",
            "北京市经济和信息化局",
            "市经信局");

    private final List<String> reserved;

    ReservedNames(@Value("${dialogue.accounts.reserved-names:}") List<String> extra) {
        this.reserved = Stream.concat(ALWAYS.stream(), extra.stream())
                .map(ReservedNames::folded)
                .filter(w -> !w.isEmpty())
                .toList();
    }

    void requireAllowed(String displayName) {
        var name = folded(displayName);
        if (reserved.stream().anyMatch(name::contains)) {
            throw DomainException.atField("displayName", "register.error.name-reserved");
        }
    }

    /** NFKC folds full-width letters; only letters and digits are compared. */
    private static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
