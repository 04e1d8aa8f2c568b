/**
 * The moderators' side: the queue of pending submissions and their decisions. Decisions are
 * made through the submission module's service, which checks the moderator role itself.
 */
package org.citizendialogue.moderation;
