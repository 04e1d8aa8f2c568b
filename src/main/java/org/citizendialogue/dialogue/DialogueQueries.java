package org.citizendialogue.dialogue;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads over programmes for the module's public services: the one home of the programme list. */
@Component
class DialogueQueries {

    private final JdbcClient jdbc;

    DialogueQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The programme list, as cards: the programmes in these states (and, when {@code onlyIds} is not
     * null, among those ids), live ones first, then open, draft, closed and archived, each by
     * broadcast time, newest first; at most {@code limit}.
     */
    List<DialogueCard> programmeCards(Set<DialogueStatus> states, Collection<Long> onlyIds, int limit) {
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
}
