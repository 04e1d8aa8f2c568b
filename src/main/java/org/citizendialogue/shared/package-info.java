/**
 * What every module may use: the signed-in user, roles, domain errors, the clock, the embedded
 * database and the page layout. It depends on no other module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.citizendialogue.shared;

import org.springframework.modulith.ApplicationModule;
