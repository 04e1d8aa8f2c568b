package org.citizendialogue.support;

/** Made-up words that occur nowhere else, so that a search for one finds only what a test wrote. */
public final class Words {

    private Words() {}

    public static String unique() {
        long n = System.nanoTime();
        var word = new StringBuilder("zq");
        while (n > 0) {
            word.append((char) ('a' + n % 26));
            n /= 26;
        }
        return word.toString();
    }
}
