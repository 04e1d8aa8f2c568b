package org.citizendialogue.account;

/**
 * Someone asked to reset the password of an existing account: the notification module mails the
 * link with the token. The token exists only in this event and in that e-mail; the database keeps
 * its hash.
 */
public record PasswordResetRequested(long accountId, String token) {}
