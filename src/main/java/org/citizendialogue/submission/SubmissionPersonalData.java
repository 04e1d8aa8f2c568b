package org.citizendialogue.submission;

import java.util.List;

import org.citizendialogue.shared.PersonalDataEraser;
import org.citizendialogue.shared.PersonalDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.core.JsonGenerator;

/**
 * The person's questions and comments in every state (the text as they wrote it; the published
 * text when a moderator edited personal data out; the public reason of a rejection, never a
 * moderator's note), and their votes, for "download my data" (their reports: the report module); and what deleting
 * the account does to them (issue 12, decision 024): votes go and the counts follow,
 * text that never reached the public record (pending, rejected, withdrawn, hidden, merged) and a
 * redacted original are erased, pending text is withdrawn; published text stays on the record
 * under "Former resident", or, when the person chose so, goes too unless it has an official answer.
 */
@Component
class SubmissionPersonalData implements PersonalDataSource, PersonalDataEraser {

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
        return List.of("submissions", "votes");
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
        PersonalDataSource.writeRows(
                json,
                "votes",
                jdbc.sql("SELECT question_id, cast_at FROM vote WHERE account_id = ? ORDER BY cast_at")
                        .param(accountId));
    }

    @Override
    public int erasureOrder() {
        return 20;
    }

    @Override
    public void erase(Erasure erasure) {
        var id = erasure.accountId();
        jdbc.sql(
                        "UPDATE submission s JOIN vote v ON v.question_id = s.id AND v.account_id = ? SET s.vote_count = s.vote_count - 1")
                .param(id)
                .update();
        jdbc.sql("DELETE FROM vote WHERE account_id = ?").param(id).update();
        var written = jdbc.sql("""
                SELECT id, status, body, original_body, answered_at IS NOT NULL AS answered FROM submission WHERE author_id = ?
                """).param(id).query(Written.class).list();
        for (var text : written) {
            erasure.erased(text.originalBody());
            if (text.leavesTheRecord(erasure.removeUnansweredPublished())) {
                erasure.erased(text.body());
                jdbc.sql("""
                        UPDATE submission SET body = '', original_body = NULL, rejection_note = NULL, status = ?, version = version + 1
                        WHERE id = ?
                        """).params(text.statusAfterErasure(), text.id()).update();
            } else {
                jdbc.sql("UPDATE submission SET original_body = NULL, version = version + 1 WHERE id = ?")
                        .param(text.id())
                        .update();
            }
        }
        jdbc.sql("UPDATE submission SET author_name = '' WHERE author_id = ?")
                .param(id)
                .update();
    }

    /** A submission of the person being erased. */
    private record Written(long id, String status, String body, String originalBody, boolean answered) {

        /** Whether its text goes: everything not on the public record, and unanswered published text when chosen. */
        boolean leavesTheRecord(boolean removeUnanswered) {
            return !status.equals(SubmissionStatus.PUBLISHED.name()) || removeUnanswered && !answered;
        }

        /** Pending and published text is withdrawn; rejected, hidden and merged keep their state, for the counts. */
        String statusAfterErasure() {
            return status.equals(SubmissionStatus.PENDING.name()) || status.equals(SubmissionStatus.PUBLISHED.name())
                    ? SubmissionStatus.WITHDRAWN.name()
                    : status;
        }
    }
}
