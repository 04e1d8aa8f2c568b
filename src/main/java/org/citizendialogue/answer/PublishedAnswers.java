package org.citizendialogue.answer;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published answers for readers outside this module: feeds, open data and search. Drafts and
 * answers hidden by moderation are never returned. Whether the question is still public is for the caller to check, through the
 * submission module, in one batch.
 */
@Service
@Transactional(readOnly = true)
public class PublishedAnswers {

    /** The columns of {@link PublishedAnswer}, read from the answer table. */
    static final String COLUMNS = """
            SELECT id, question_id, body, bureau_name, author_title, published_at, updated_at, state, department,
                   follow_up, promised_date, on_air_at, recording_seconds, recording_link,
                   (SELECT COUNT(*) FROM answer_revision r WHERE r.answer_id = answer.id) revisions, body_zh, bureau_name_zh,
                   author_title_zh
            """;

    private static final String ANSWER = COLUMNS + """
            FROM answer WHERE status = 'PUBLISHED' AND hidden_at IS NULL
            """;

    private final JdbcClient jdbc;

    PublishedAnswers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The published answers of several questions at once, by question id. */
    public Map<Long, PublishedAnswer> forQuestions(Collection<Long> questionIds) {
        if (questionIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql(ANSWER + " AND question_id IN (:ids)")
                .param("ids", questionIds)
                .query(PublishedAnswer.class)
                .stream()
                .collect(Collectors.toMap(PublishedAnswer::questionId, Function.identity()));
    }

    /** The most recently published or edited answers, site-wide or of one programme (dialogueId null: all). */
    public List<PublishedAnswer> latest(Long dialogueId, int limit) {
        var sql = ANSWER + (dialogueId == null ? "" : " AND dialogue_id = :d")
                + " ORDER BY GREATEST(updated_at, published_at) DESC, id DESC LIMIT :limit";
        var spec = jdbc.sql(sql).param("limit", Math.max(1, Math.min(limit, 500)));
        if (dialogueId != null) {
            spec = spec.param("d", dialogueId);
        }
        return spec.query(PublishedAnswer.class).list();
    }

    /** Every published answer, for rebuilding the search index. */
    public List<PublishedAnswer> all() {
        return jdbc.sql(ANSWER + " ORDER BY id").query(PublishedAnswer.class).list();
    }
}
