package org.citizendialogue.shared;

import java.security.SecureRandom;

/** Short random ids that connect an error a person sees with its stack trace in the log. */
public final class ErrorIds {

    private static final SecureRandom random = new SecureRandom();
    private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

    private ErrorIds() {}

    public static String next() {
        var id = new char[8];
        for (int i = 0; i < id.length; i++) {
            id[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(id);
    }
}
