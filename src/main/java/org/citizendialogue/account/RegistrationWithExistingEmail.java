package org.citizendialogue.account;

/**
 * Someone registered with the address of an existing account. The page answers as for a new
 * address; the owner is told by e-mail (sign in, or reset the password if it was them).
 */
public record RegistrationWithExistingEmail(long accountId) {}
