/**
 * Accounts: registration, sign-in, roles and the security configuration. Other modules learn
 * who acts from {@link org.citizendialogue.shared.CurrentUser}; they never read account tables.
 */
@ApplicationModule(allowedDependencies = {"audit", "shared"})
package org.citizendialogue.account;

import org.springframework.modulith.ApplicationModule;
