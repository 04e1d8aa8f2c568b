package org.citizendialogue.account;

/** Where and in which language to reach a person (notifications by e-mail). */
public record Contact(long accountId, String email, String displayName, String preferredLocale) {}
