/**
 * The audit trail: every moderator, staff and admin action, with who, what, when and the state
 * before and after. Entries are written in the transaction of the action they record.
 */
@ApplicationModule(allowedDependencies = {"shared"})
package org.citizendialogue.audit;

import org.springframework.modulith.ApplicationModule;
