package org.citizendialogue.account;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One suspension as moderators decide it: whose, why, from and until when, who decided it, and who
 * lifted it early. Rows stay as history. {@link Suspension} is how everyone else reads one in force.
 */
@Table("suspension")
class SuspensionOrder {

    @Id
    private Long id;

    @Version
    private Integer version;

    private long accountId;
    private String reason;
    private Instant startsAt;
    private Instant untilAt;
    private Long suspendedBy;
    private String suspendedByName;
    private Instant liftedAt;
    private Long liftedBy;
    private String liftedByName;

    @PersistenceCreator
    SuspensionOrder() {}

    /** A new suspension from now; the reason and end time are checked already. */
    static SuspensionOrder of(long accountId, String reason, Instant now, Instant until, long byId, String byName) {
        var order = new SuspensionOrder();
        order.accountId = accountId;
        order.reason = reason;
        order.startsAt = now;
        order.untilAt = until;
        order.suspendedBy = byId;
        order.suspendedByName = byName;
        return order;
    }

    /** Ends it early; returns false when it was lifted already. */
    boolean lift(Instant now, long byId, String byName) {
        if (liftedAt != null) {
            return false;
        }
        liftedAt = now;
        liftedBy = byId;
        liftedByName = byName;
        return true;
    }

    Long id() {
        return id;
    }
}
