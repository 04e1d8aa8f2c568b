package org.citizendialogue.shared;

import java.util.function.Function;

/**
 * The name shown with text whose author deleted their account (issue 12): their published text
 * stays on the public record under "Former resident" / "已注销用户", never under their name. The
 * erased name is stored as an empty string; every place that shows an author name asks here.
 */
public final class FormerResident {

    /** The translation key of the label. */
    public static final String KEY = "author.former-resident";
    /** The label in open data and feeds, which are not translated. */
    public static final String IN_OPEN_DATA = "Former resident";

    private FormerResident() {}

    public static boolean erased(String authorName) {
        return authorName == null || authorName.isEmpty();
    }

    /** The author name to show: the name, or the translated label when it was erased. */
    public static String shown(String authorName, Function<String, String> translation) {
        return erased(authorName) ? translation.apply(KEY) : authorName;
    }

    /** The author name for open data and feeds. */
    public static String inOpenData(String authorName) {
        return erased(authorName) ? IN_OPEN_DATA : authorName;
    }
}
