package org.citizendialogue.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Notices, follows and e-mail settings, straight from SQL. */
@Component
class NoticeStore {

    private final JdbcClient jdbc;

    NoticeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the notice unless this person already has one for the event; true when written. */
    boolean add(
            long accountId,
            NoticeKind kind,
            Long questionId,
            String excerpt,
            String detail,
            String eventKey,
            Instant at) {
        return jdbc.sql("""
                INSERT IGNORE INTO notice (account_id, kind, question_id, excerpt, detail, event_key, created_at)
                VALUES (:a, :kind, :q, :excerpt, :detail, :key, :at)
                """)
                        .param("a", accountId)
                        .param("kind", kind.name())
                        .param("q", questionId)
                        .param("excerpt", excerpt)
                        .param("detail", detail)
                        .param("key", eventKey)
                        .param("at", Timestamp.from(at))
                        .update()
                > 0;
    }

    List<Notice> of(long accountId, int limit) {
        return jdbc.sql("""
                SELECT id, kind, question_id, excerpt, detail, created_at, read_at FROM notice
                WHERE account_id = :a ORDER BY created_at DESC, id DESC LIMIT :limit
                """)
                .param("a", accountId)
                .param("limit", limit)
                .query(Notice.class)
                .list();
    }

    long unread(long accountId) {
        return jdbc.sql("SELECT COUNT(*) FROM notice WHERE account_id = :a AND read_at IS NULL")
                .param("a", accountId)
                .query(Long.class)
                .single();
    }

    int markRead(long accountId, Instant at) {
        return jdbc.sql("UPDATE notice SET read_at = :at WHERE account_id = :a AND read_at IS NULL")
                .param("at", Timestamp.from(at))
                .param("a", accountId)
                .update();
    }

    int markRead(long accountId, long noticeId, Instant at) {
        return jdbc.sql("UPDATE notice SET read_at = :at WHERE account_id = :a AND id = :id AND read_at IS NULL")
                .param("at", Timestamp.from(at))
                .param("a", accountId)
                .param("id", noticeId)
                .update();
    }

    void follow(long accountId, FollowTarget target, long targetId, Instant at) {
        jdbc.sql("""
                INSERT IGNORE INTO follow (account_id, target_type, target_id, created_at) VALUES (:a, :t, :id, :at)
                """)
                .param("a", accountId)
                .param("t", target.name())
                .param("id", targetId)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** The followers of one question follow another instead (a merge); someone who followed both, once. */
    void moveQuestionFollows(long fromQuestion, long toQuestion) {
        jdbc.sql("""
                INSERT IGNORE INTO follow (account_id, target_type, target_id, created_at)
                SELECT account_id, 'QUESTION', :to, created_at FROM follow WHERE target_type = 'QUESTION' AND target_id = :from
                """).param("to", toQuestion).param("from", fromQuestion).update();
        jdbc.sql("DELETE FROM follow WHERE target_type = 'QUESTION' AND target_id = :from")
                .param("from", fromQuestion)
                .update();
    }

    void unfollow(long accountId, FollowTarget target, long targetId) {
        jdbc.sql("DELETE FROM follow WHERE account_id = :a AND target_type = :t AND target_id = :id")
                .param("a", accountId)
                .param("t", target.name())
                .param("id", targetId)
                .update();
    }

    boolean follows(long accountId, FollowTarget target, long targetId) {
        return jdbc.sql("SELECT COUNT(*) FROM follow WHERE account_id = :a AND target_type = :t AND target_id = :id")
                        .param("a", accountId)
                        .param("t", target.name())
                        .param("id", targetId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    record FollowRow(FollowTarget targetType, long targetId) {}

    List<FollowRow> followsOf(long accountId) {
        return jdbc.sql(
                        "SELECT target_type, target_id FROM follow WHERE account_id = :a ORDER BY created_at, target_id")
                .param("a", accountId)
                .query(FollowRow.class)
                .list();
    }

    /** Everyone who follows the question or its topic. */
    Set<Long> followersOf(long questionId, Long topicId) {
        return Set.copyOf(jdbc.sql("""
                SELECT DISTINCT account_id FROM follow
                WHERE (target_type = 'QUESTION' AND target_id = :q) OR (target_type = 'TOPIC' AND target_id = :t)
                """)
                .param("q", questionId)
                .param("t", topicId == null ? -1L : topicId)
                .query(Long.class)
                .list());
    }

    MailSetting mailSetting(long accountId) {
        return jdbc.sql("SELECT setting FROM mail_setting WHERE account_id = :a")
                .param("a", accountId)
                .query(MailSetting.class)
                .optional()
                .orElse(MailSetting.NONE);
    }

    Map<Long, MailSetting> mailSettings(Collection<Long> accountIds) {
        var settings = new HashMap<Long, MailSetting>();
        accountIds.forEach(id -> settings.put(id, MailSetting.NONE));
        if (!accountIds.isEmpty()) {
            jdbc.sql("SELECT account_id, setting FROM mail_setting WHERE account_id IN (:ids)")
                    .param("ids", accountIds)
                    .query((rs, n) -> settings.put(rs.getLong(1), MailSetting.valueOf(rs.getString(2))))
                    .list();
        }
        return settings;
    }

    void changeMailSetting(long accountId, MailSetting setting) {
        jdbc.sql("INSERT INTO mail_setting (account_id, setting) VALUES (:a, :s) ON DUPLICATE KEY UPDATE setting = :s")
                .param("a", accountId)
                .param("s", setting.name())
                .update();
    }
}
