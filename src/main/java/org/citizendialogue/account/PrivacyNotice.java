package org.citizendialogue.account;

import java.time.LocalDate;

/**
 * The version of the privacy notice in force (decision 024). Its text is in the translation
 * bundles ({@code privacy.*}); when it changes in substance, {@link #VERSION} changes with it and
 * everyone is asked to agree again at their next sign-in. A change of wording that changes
 * nothing for anyone keeps the version.
 */
public final class PrivacyNotice {

    public static final String VERSION = "2026-12-04";
    /** The date the notice shows as "this version". */
    public static final LocalDate DATE = LocalDate.of(2026, 12, 4);

    private PrivacyNotice() {}
}
