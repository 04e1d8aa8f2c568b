package org.citizendialogue.shared;

/** The roles a person can hold; one person may hold several (docs/product.md §2). */
public enum Roles {
    RESIDENT,
    MODERATOR,
    STAFF,
    ADMIN;

    public static final String RESIDENT_ROLE = "RESIDENT";
    public static final String MODERATOR_ROLE = "MODERATOR";
    public static final String STAFF_ROLE = "STAFF";
    public static final String ADMIN_ROLE = "ADMIN";

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
