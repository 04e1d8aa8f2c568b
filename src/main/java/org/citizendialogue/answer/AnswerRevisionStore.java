package org.citizendialogue.answer;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The published versions of answers, appended in order and never changed. */
@Component
class AnswerRevisionStore {

    private final JdbcClient jdbc;

    AnswerRevisionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends the answer as it is now; returns the new revision's number. */
    int append(Answer a, Instant at) {
        int next = jdbc.sql("SELECT COALESCE(MAX(revision_no), 0) + 1 FROM answer_revision WHERE answer_id = :a")
                .param("a", a.id())
                .query(Integer.class)
                .single();
        jdbc.sql("""
                INSERT INTO answer_revision (answer_id, revision_no, state, body, body_zh, department, follow_up,
                                             promised_date, author_title, author_title_zh, published_at)
                VALUES (:a, :n, :state, :body, :bodyZh, :department, :followUp, :promised, :title, :titleZh, :at)
                """)
                .param("a", a.id())
                .param("n", next)
                .param("state", a.state().name())
                .param("body", a.body())
                .param("bodyZh", a.bodyZh())
                .param("department", a.department())
                .param("followUp", a.followUp())
                .param("promised", a.promisedDate())
                .param("title", a.authorTitle())
                .param("titleZh", a.authorTitleZh())
                .param("at", Timestamp.from(at))
                .update();
        return next;
    }

    /** The state of the latest revision, or null before the first publication. */
    AnswerOutcome latestState(long answerId) {
        return jdbc.sql("SELECT state FROM answer_revision WHERE answer_id = :a ORDER BY revision_no DESC LIMIT 1")
                .param("a", answerId)
                .query(AnswerOutcome.class)
                .optional()
                .orElse(null);
    }

    List<AnswerRevision> of(long answerId) {
        return jdbc.sql("""
                SELECT answer_id, revision_no, state, body, department, follow_up, promised_date, author_title, published_at,
                       body_zh, author_title_zh
                FROM answer_revision WHERE answer_id = :a ORDER BY revision_no
                """).param("a", answerId).query(AnswerRevision.class).list();
    }
}
