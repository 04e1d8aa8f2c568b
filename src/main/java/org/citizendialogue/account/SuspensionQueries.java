package org.citizendialogue.account;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads suspensions in force, with the suspended person's name; and the account lock that orders suspending. */
@Component
class SuspensionQueries {

    private static final String SELECT = """
            SELECT s.id, s.account_id, a.display_name AS account_name, s.reason, s.starts_at, s.until_at,
                   s.suspended_by_name
            FROM suspension s JOIN account a ON a.id = s.account_id""";

    private final JdbcClient jdbc;

    SuspensionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the account row, so that two moderators suspending or lifting for one person take turns. */
    void lockAccount(long accountId) {
        jdbc.sql("SELECT id FROM account WHERE id = :id FOR UPDATE")
                .param("id", accountId)
                .query(Long.class)
                .single();
    }

    Optional<Suspension> active(long accountId, Instant now) {
        return jdbc.sql(
                        SELECT
                                + " WHERE s.account_id = :id AND s.lifted_at IS NULL AND s.until_at > :now ORDER BY s.until_at DESC LIMIT 1")
                .param("id", accountId)
                .param("now", Timestamp.from(now))
                .query(Suspension.class)
                .optional();
    }

    List<Suspension> inForce(Instant now, int offset, int limit) {
        return jdbc.sql(
                        SELECT
                                + " WHERE s.lifted_at IS NULL AND s.until_at > :now ORDER BY s.until_at, s.id LIMIT :limit OFFSET :offset")
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .param("offset", offset)
                .query(Suspension.class)
                .list();
    }

    List<Suspension> inForceAmong(Collection<Long> accountIds, Instant now) {
        return jdbc.sql(SELECT + " WHERE s.account_id IN (:ids) AND s.lifted_at IS NULL AND s.until_at > :now")
                .param("ids", accountIds)
                .param("now", Timestamp.from(now))
                .query(Suspension.class)
                .list();
    }
}
