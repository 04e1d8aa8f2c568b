package org.citizendialogue.programme;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads over programmes for the module's public services: the one home of the programme list. */
@Component
class ProgrammeQueries {

    private final JdbcClient jdbc;

    ProgrammeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The programme list, as cards: the programmes in these states (and, when {@code onlyIds} is not
     * null, among those ids), live ones first, then open, draft, closed and archived, each by
     * broadcast time, newest first; at most {@code limit}.
     */
    List<ProgrammeCard> programmeCards(Set<ProgrammeStatus> states, Collection<Long> onlyIds, int limit) {
        if (states.isEmpty() || (onlyIds != null && onlyIds.isEmpty())) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT %s
                FROM dialogue d JOIN bureau b ON b.id = d.bureau_id
                WHERE d.status IN (:states) AND (:all OR d.id IN (:ids))
                ORDER BY FIELD(d.status, 'LIVE', 'OPEN', 'DRAFT', 'CLOSED', 'ARCHIVED'), d.starts_at DESC, d.id DESC
                LIMIT :limit
                """.formatted(Rows.CARD_COLUMNS))
                .param("states", states.stream().map(Enum::name).toList())
                .param("all", onlyIds == null)
                .param("ids", onlyIds == null ? List.of(0L) : onlyIds)
                .param("limit", limit)
                .query(Rows.CARD)
                .list();
    }

    /** A programme's fields as the edit form shows them. */
    ProgrammeDraft draft(long dialogueId) {
        return jdbc.sql("""
                SELECT d.title_zh, d.title_en, d.slug, d.guest_name_zh, d.guest_name_en, d.guest_title_zh,
                       d.guest_title_en, b.name_zh bureau_zh, b.name_en bureau_en, d.summary_zh, d.summary_en,
                       d.series_zh, d.series_en, d.starts_at, d.livestream_url
                FROM dialogue d JOIN bureau b ON b.id = d.bureau_id WHERE d.id = :id
                """)
                .param("id", dialogueId)
                .query((rs, n) -> new ProgrammeDraft(
                        Rows.pair(rs, "title"),
                        rs.getString("slug"),
                        Rows.pair(rs, "guest_name"),
                        Rows.pair(rs, "guest_title"),
                        Rows.pair(rs, "bureau"),
                        Rows.pair(rs, "summary"),
                        Rows.pair(rs, "series"),
                        Rows.instant(rs, "starts_at"),
                        rs.getString("livestream_url")))
                .single();
    }

    /** Whether another programme than exceptId (0 for none) has this address part. */
    boolean slugTaken(String slug, long exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM dialogue WHERE slug = :slug AND id <> :id")
                        .param("slug", slug)
                        .param("id", exceptId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The current state of a programme. */
    Optional<ProgrammeStatus> status(long dialogueId) {
        return jdbc.sql("SELECT status FROM dialogue WHERE id = :id")
                .param("id", dialogueId)
                .query(ProgrammeStatus.class)
                .optional();
    }

    /** The programmes whose questions may still be answered. */
    List<Long> answerableProgrammeIds() {
        return jdbc.sql("SELECT id FROM dialogue WHERE status IN ('OPEN', 'LIVE', 'CLOSED')")
                .query(Long.class)
                .list();
    }

    /** A public programme with its topics; drafts are not found. */
    Optional<ProgrammeDetails> publicProgramme(String slug) {
        return jdbc.sql("""
                SELECT d.id, d.slug, d.title_zh, d.title_en, d.summary_zh, d.summary_en, d.guest_name_zh,
                       d.guest_name_en, d.guest_title_zh, d.guest_title_en, d.series_zh, d.series_en,
                       b.name_zh bureau_zh, b.name_en bureau_en, d.status, d.starts_at, d.livestream_url
                FROM dialogue d JOIN bureau b ON b.id = d.bureau_id
                WHERE d.slug = :slug AND d.status <> 'DRAFT'
                """)
                .param("slug", slug)
                .query(Rows.details(this::topicsOf))
                .optional();
    }

    private List<TopicSummary> topicsOf(long dialogueId) {
        return jdbc.sql("""
                SELECT id, slug, title_zh, title_en, summary_zh, summary_en, position
                FROM topic WHERE dialogue_id = :d ORDER BY position, id
                """).param("d", dialogueId).query(Rows.TOPIC).list();
    }

    /** A topic of a public programme, by the slugs in its address. */
    Optional<TopicContext> publicTopic(String dialogueSlug, String topicSlug) {
        return jdbc.sql(Rows.TOPIC_CONTEXT + " WHERE d.slug = :d AND t.slug = :t AND d.status <> 'DRAFT'")
                .param("d", dialogueSlug)
                .param("t", topicSlug)
                .query(Rows.CONTEXT)
                .optional();
    }

    /** A topic by id, whatever the state of its programme (rules decide what that allows). */
    Optional<TopicContext> topic(long topicId) {
        return jdbc.sql(Rows.TOPIC_CONTEXT + " WHERE t.id = :id")
                .param("id", topicId)
                .query(Rows.CONTEXT)
                .optional();
    }

    /** Every topic of these programmes, in programme and topic order (the answer desk's topic filter). */
    List<TopicContext> topicsOf(Collection<Long> dialogueIds) {
        if (dialogueIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(Rows.TOPIC_CONTEXT + " WHERE t.dialogue_id IN (:ids) ORDER BY t.dialogue_id, t.position, t.id")
                .param("ids", dialogueIds)
                .query(Rows.CONTEXT)
                .list();
    }

    /**
     * Topics of public programmes whose title or summary, or whose programme's title, summary,
     * guest or bureau, contain every word of the query in either language (decision 025): the
     * search page lists them above the questions. Words are matched as written, ignoring case;
     * Chinese needs no spaces, as a run of characters is matched where it stands.
     */
    List<TopicContext> topicsMatching(String query, Long dialogueId, int limit) {
        var words = Arrays.stream(query == null ? new String[0] : query.strip().split("\\s+"))
                .filter(w -> !w.isBlank())
                .limit(8)
                .toList();
        if (words.isEmpty()) {
            return List.of();
        }
        var sql = new StringBuilder(Rows.TOPIC_CONTEXT).append(" WHERE d.status <> 'DRAFT'");
        if (dialogueId != null) {
            sql.append(" AND d.id = :dialogue");
        }
        for (int i = 0; i < words.size(); i++) {
            sql.append(" AND CONCAT_WS(' ', t.title_zh, t.title_en, t.summary_zh, t.summary_en, d.title_zh, d.title_en,"
                            + " d.summary_zh, d.summary_en, d.guest_name_zh, d.guest_name_en, b.name_zh, b.name_en)"
                            + " LIKE :w")
                    .append(i)
                    .append(" ESCAPE '!'");
        }
        sql.append(" ORDER BY d.starts_at DESC, d.id DESC, t.position, t.id LIMIT :limit");
        var spec = jdbc.sql(sql.toString()).param("limit", Math.max(1, Math.min(limit, 50)));
        if (dialogueId != null) {
            spec = spec.param("dialogue", dialogueId);
        }
        for (int i = 0; i < words.size(); i++) {
            var escaped = words.get(i).replace("!", "!!").replace("%", "!%").replace("_", "!_");
            spec = spec.param("w" + i, "%" + escaped + "%");
        }
        return spec.query(Rows.CONTEXT).list();
    }

    /** Several topics at once, for lists that show where each item belongs. */
    Map<Long, TopicContext> topics(Collection<Long> topicIds) {
        if (topicIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql(Rows.TOPIC_CONTEXT + " WHERE t.id IN (:ids)")
                .param("ids", topicIds)
                .query(Rows.CONTEXT)
                .stream()
                .collect(Collectors.toMap(TopicContext::topicId, Function.identity()));
    }
}
