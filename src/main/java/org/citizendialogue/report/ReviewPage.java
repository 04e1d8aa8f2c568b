package org.citizendialogue.report;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of a moderators' review list made of two parts: the content with open reports, in
 * the order {@link Reports#open} gives, then hidden content nobody reports, read a page at a
 * time by its module.
 */
public final class ReviewPage {

    /** Reads a page of the second part: hidden content without open reports. */
    @FunctionalInterface
    public interface Unreported<T> {
        List<T> read(int offset, int limit);
    }

    /** The most entries one page holds. */
    static final int PAGE_MAX = 100;

    private ReviewPage() {}

    /** One page from {@code offset} (at least 0) of at most {@code limit} entries (1 to {@value #PAGE_MAX}). */
    public static <T> List<T> of(List<T> reported, int offset, int limit, Unreported<T> unreported) {
        offset = Math.max(0, offset);
        limit = Math.max(1, Math.min(limit, PAGE_MAX));
        var page = new ArrayList<T>(limit);
        if (offset < reported.size()) {
            page.addAll(reported.subList(offset, Math.min(reported.size(), offset + limit)));
        }
        if (page.size() < limit) {
            page.addAll(unreported.read(Math.max(0, offset - reported.size()), limit - page.size()));
        }
        return page;
    }
}
