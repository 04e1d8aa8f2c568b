/**
 * Official answers: drafted and published by bureau staff, attributed to the bureau and the
 * official's public title. Only published answers are ever returned to the public.
 */
@ApplicationModule(allowedDependencies = {"account", "audit", "dialogue", "shared", "submission"})
package org.citizendialogue.answer;

import org.springframework.modulith.ApplicationModule;
