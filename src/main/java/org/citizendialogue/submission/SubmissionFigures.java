package org.citizendialogue.submission;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts and timings of a programme's submissions for statistics: numbers only, never text, so
 * they may be public whatever the state of the submissions they count.
 */
@Service
@Transactional(readOnly = true)
public class SubmissionFigures {

    /** How many submissions of one kind are in one state in one topic. */
    public record StateCount(long topicId, SubmissionKind kind, SubmissionStatus status, long count) {}

    /** A duration in seconds, of one submission of a topic. */
    public record Timing(long topicId, long seconds) {}

    private final JdbcClient jdbc;

    SubmissionFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<StateCount> stateCounts(long dialogueId) {
        return jdbc.sql("""
                SELECT topic_id, kind, status, COUNT(*) count FROM submission WHERE dialogue_id = :d
                GROUP BY topic_id, kind, status
                """).param("d", dialogueId).query(StateCount.class).list();
    }

    /** From submission to the moderator's decision (published or rejected), per decided submission. */
    public List<Timing> decisionTimes(long dialogueId) {
        return jdbc.sql("""
                SELECT topic_id, TIMESTAMPDIFF(SECOND, submitted_at, decided_at) seconds FROM submission
                WHERE dialogue_id = :d AND status IN ('PUBLISHED', 'REJECTED') AND decided_at IS NOT NULL
                """).param("d", dialogueId).query(Timing.class).list();
    }

    /** From publication to the published answer, per answered question. */
    public List<Timing> answerTimes(long dialogueId) {
        return jdbc.sql("""
                SELECT topic_id, TIMESTAMPDIFF(SECOND, decided_at, answered_at) seconds FROM submission
                WHERE dialogue_id = :d AND kind = 'QUESTION' AND status = 'PUBLISHED' AND answered_at IS NOT NULL
                """).param("d", dialogueId).query(Timing.class).list();
    }

    /** When each submission of the programme since the given instant arrived, in any state. */
    public List<Instant> submittedSince(long dialogueId, Instant since) {
        return jdbc.sql("SELECT submitted_at FROM submission WHERE dialogue_id = :d AND submitted_at >= :since")
                .param("d", dialogueId)
                .param("since", since)
                .query(Instant.class)
                .list();
    }

    /** A published question: when it was published and, if it was, answered (the scorecard, issue 17). */
    public record QuestionTiming(long questionId, long dialogueId, Instant publishedAt, Instant answeredAt) {}

    /** The questions published in [from, to), with when each was answered. */
    public List<QuestionTiming> questionsPublishedBetween(Instant from, Instant to) {
        return jdbc.sql("""
                SELECT id question_id, dialogue_id, decided_at published_at, answered_at FROM submission
                WHERE kind = 'QUESTION' AND status = 'PUBLISHED' AND decided_at >= :from AND decided_at < :to
                """)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query(QuestionTiming.class)
                .list();
    }
}
