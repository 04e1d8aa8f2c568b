package org.citizendialogue.submission;

import java.util.List;

import org.citizendialogue.shared.PersonalDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.core.JsonGenerator;

/**
 * The person's questions and comments in every state (the text as they wrote it; the published
 * text when a moderator edited personal data out; the public reason of a rejection, never a
 * moderator's note), their votes and their reports, for "download my data".
 */
@Component
class SubmissionPersonalData implements PersonalDataSource {

    private final JdbcClient jdbc;

    SubmissionPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int position() {
        return 20;
    }

    @Override
    public List<String> sections() {
        return List.of("submissions", "votes", "reports");
    }

    @Override
    public void write(long accountId, JsonGenerator json) {
        PersonalDataSource.writeRows(json, "submissions", jdbc.sql("""
                SELECT s.id, s.kind, s.dialogue_id AS programme_id, s.topic_id, COALESCE(t.title_zh, t.title_en) AS topic, s.question_id,
                       s.author_name AS shown_as, COALESCE(s.original_body, s.body) AS text_as_written,
                       CASE WHEN s.original_body IS NOT NULL THEN s.body END AS text_as_published,
                       s.status, s.submitted_at, s.decided_at, s.rejection_reason,
                       r.text_en AS rejection_reason_en, r.text_zh AS rejection_reason_zh,
                       s.hidden_at, s.merged_into, s.vote_count, s.answered_at
                FROM submission s
                JOIN topic t ON t.id = s.topic_id
                LEFT JOIN rejection_reason r ON r.code = s.rejection_reason
                WHERE s.author_id = ?
                ORDER BY s.submitted_at, s.id
                """).param(accountId));
        PersonalDataSource.writeRows(json, "votes", jdbc.sql(
                "SELECT question_id, cast_at FROM vote WHERE account_id = ? ORDER BY cast_at").param(accountId));
        PersonalDataSource.writeRows(json, "reports", jdbc.sql("""
                SELECT 'submission' AS subject, submission_id AS subject_id, reason, detail AS text, reported_at FROM report WHERE reporter_id = ?
                UNION ALL
                SELECT 'answer', answer_id, reason, detail, reported_at FROM answer_report WHERE reporter_id = ?
                ORDER BY reported_at
                """).params(accountId, accountId));
    }
}
