package org.citizendialogue.moderation;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Claims in plain SQL. A claim made before the cutoff has lapsed: queries treat it as absent. */
@Component
class ClaimStore {

    private final JdbcClient jdbc;

    ClaimStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes the claim unless a colleague holds a live one; one's own claim is renewed. The
     * primary key makes this safe when two moderators claim at once: one insert wins.
     */
    boolean take(long submissionId, long moderatorId, String moderatorName, Instant now, Instant cutoff) {
        jdbc.sql(
                        "DELETE FROM moderation_claim WHERE submission_id = :s AND (claimed_at < :cutoff OR moderator_id = :m)")
                .param("s", submissionId)
                .param("cutoff", cutoff)
                .param("m", moderatorId)
                .update();
        return jdbc.sql("""
                INSERT IGNORE INTO moderation_claim (submission_id, moderator_id, moderator_name, claimed_at)
                VALUES (:s, :m, :name, :now)
                """)
                        .param("s", submissionId)
                        .param("m", moderatorId)
                        .param("name", moderatorName)
                        .param("now", now)
                        .update()
                == 1;
    }

    /** Releases one's own claim; true when there was one. */
    boolean release(long submissionId, long moderatorId) {
        return jdbc.sql("DELETE FROM moderation_claim WHERE submission_id = :s AND moderator_id = :m")
                        .param("s", submissionId)
                        .param("m", moderatorId)
                        .update()
                > 0;
    }

    /** Drops any claim on a submission that has been decided or withdrawn. */
    boolean drop(long submissionId) {
        return jdbc.sql("DELETE FROM moderation_claim WHERE submission_id = :s")
                        .param("s", submissionId)
                        .update()
                > 0;
    }

    /** The live claims (made at or after the cutoff) on these submissions. */
    Map<Long, Stored> live(Collection<Long> submissionIds, Instant cutoff) {
        if (submissionIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                SELECT submission_id, moderator_id, moderator_name, claimed_at FROM moderation_claim
                WHERE submission_id IN (:ids) AND claimed_at >= :cutoff
                """).param("ids", submissionIds).param("cutoff", cutoff).query(Stored.class).stream()
                .collect(Collectors.toMap(Stored::submissionId, c -> c));
    }

    record Stored(long submissionId, long moderatorId, String moderatorName, Instant claimedAt) {}
}
