/**
 * Accounts: registration, sign-in, roles and the security configuration. Other modules learn
 * who acts from {@link org.citizendialogue.shared.CurrentUser}; they never read account tables.
 */
package org.citizendialogue.account;
