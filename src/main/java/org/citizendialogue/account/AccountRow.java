package org.citizendialogue.account;

import java.util.Set;

import org.citizendialogue.shared.Bilingual;
import org.citizendialogue.shared.Roles;

/**
 * An account as the admins' list shows it: the e-mail address masked (its first character and
 * its domain); the whole address is read one at a time, audited ({@link AccountAdmin#revealEmail}).
 */
public record AccountRow(long id, String email, String displayName, Bilingual publicTitle, Set<Roles> roles) {

    public static final int PUBLIC_TITLE_MAX = 120;

    /** {@code wang.fang@example.org} → {@code w•••@example.org}. */
    public static String mask(String email) {
        if (email == null) {
            return "";
        }
        int at = email.lastIndexOf('@');
        if (at <= 0) {
            return "•••";
        }
        return email.substring(0, email.offsetByCodePoints(0, 1)) + "•••" + email.substring(at);
    }
}
