package org.citizendialogue.audit;

import java.time.Instant;

/**
 * What to look for in the audit trail; every part is optional. actor matches part of the actor's
 * name; from is inclusive and to exclusive; dialogueId keeps the entries about that programme,
 * its topics, submissions and answers.
 */
public record AuditQuery(String action, String actor, Long dialogueId, Instant from, Instant to) {

    public static final int ACTOR_MAX = 60;

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null);
    }
}
