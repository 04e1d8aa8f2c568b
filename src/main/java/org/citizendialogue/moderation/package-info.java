/**
 * The moderators' side: the queue of pending submissions and their decisions. Decisions are
 * made through the submission module's service, which checks the moderator role itself.
 */
@ApplicationModule(allowedDependencies = {"account", "answer", "audit", "programme", "report", "shared", "submission"})
package org.citizendialogue.moderation;

import org.springframework.modulith.ApplicationModule;
