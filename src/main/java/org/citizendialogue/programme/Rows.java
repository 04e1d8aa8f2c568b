package org.citizendialogue.programme;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.function.LongFunction;

import org.citizendialogue.shared.Bilingual;
import org.springframework.jdbc.core.RowMapper;

/**
 * Reads the two-language columns ({@code x_zh}, {@code x_en}) of programme queries into the read
 * models. The SELECT lists below name the columns each mapper needs.
 */
final class Rows {

    static final String CARD_COLUMNS = """
            d.id, d.slug, d.title_zh, d.title_en, d.guest_name_zh, d.guest_name_en, d.guest_title_zh, d.guest_title_en,
            b.name_zh bureau_zh, b.name_en bureau_en, d.status, d.starts_at
            """;

    static final String TOPIC_CONTEXT = """
            SELECT t.id topic_id, t.slug topic_slug, t.title_zh topic_title_zh, t.title_en topic_title_en,
                   t.summary_zh topic_summary_zh, t.summary_en topic_summary_en,
                   d.id dialogue_id, d.slug dialogue_slug, d.title_zh dialogue_title_zh, d.title_en dialogue_title_en,
                   d.status, b.name_zh bureau_zh, b.name_en bureau_en
            FROM topic t JOIN dialogue d ON d.id = t.dialogue_id JOIN bureau b ON b.id = d.bureau_id
            """;

    static final RowMapper<ProgrammeCard> CARD = (rs, n) -> new ProgrammeCard(
            rs.getLong("id"),
            rs.getString("slug"),
            pair(rs, "title"),
            pair(rs, "guest_name"),
            pair(rs, "guest_title"),
            pair(rs, "bureau"),
            ProgrammeStatus.valueOf(rs.getString("status")),
            instant(rs, "starts_at"));

    static final RowMapper<TopicContext> CONTEXT = (rs, n) -> new TopicContext(
            rs.getLong("topic_id"),
            rs.getString("topic_slug"),
            pair(rs, "topic_title"),
            pair(rs, "topic_summary"),
            rs.getLong("dialogue_id"),
            rs.getString("dialogue_slug"),
            pair(rs, "dialogue_title"),
            ProgrammeStatus.valueOf(rs.getString("status")),
            pair(rs, "bureau"));

    static final RowMapper<TopicSummary> TOPIC = (rs, n) -> new TopicSummary(
            rs.getLong("id"), rs.getString("slug"), pair(rs, "title"), pair(rs, "summary"), rs.getInt("position"));

    private Rows() {}

    static RowMapper<ProgrammeDetails> details(LongFunction<List<TopicSummary>> topics) {
        return (rs, n) -> new ProgrammeDetails(
                rs.getLong("id"),
                rs.getString("slug"),
                pair(rs, "title"),
                pair(rs, "summary"),
                pair(rs, "guest_name"),
                pair(rs, "guest_title"),
                pair(rs, "bureau"),
                pair(rs, "series"),
                ProgrammeStatus.valueOf(rs.getString("status")),
                instant(rs, "starts_at"),
                rs.getString("livestream_url"),
                topics.apply(rs.getLong("id")));
    }

    static Bilingual pair(ResultSet rs, String prefix) throws SQLException {
        return Bilingual.of(rs.getString(prefix + "_zh"), rs.getString(prefix + "_en"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        var at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
