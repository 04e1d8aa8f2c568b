package org.citizendialogue.account;

import java.util.Set;

import org.citizendialogue.shared.Roles;

/** An account as the admins' list shows it. */
public record AccountRow(long id, String email, String displayName, String publicTitle, Set<Roles> roles) {

    public static final int PUBLIC_TITLE_MAX = 120;
}
