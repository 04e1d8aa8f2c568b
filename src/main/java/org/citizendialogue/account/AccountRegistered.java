package org.citizendialogue.account;

/**
 * A new account was saved, in the same transaction: the notification module records the e-mail
 * choice made on the form (a separate, optional consent; issue 12).
 */
public record AccountRegistered(long accountId, boolean emailNotifications) {}
