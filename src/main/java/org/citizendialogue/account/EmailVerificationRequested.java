package org.citizendialogue.account;

/**
 * A new account's address is to be confirmed: the notification module mails the link with the
 * token. The token exists only in this event and in that e-mail; the database keeps its hash.
 */
public record EmailVerificationRequested(long accountId, String token) {}
