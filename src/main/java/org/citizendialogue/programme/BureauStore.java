package org.citizendialogue.programme;

import java.util.List;
import java.util.Optional;

import org.citizendialogue.shared.Bilingual;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The bureaus, by their names in two languages. A named exception to "aggregates write"
 * (docs/decisions/033-one-persistence-rule.md): a bureau is a row of names shared by programmes,
 * added or completed only as a side effect of the programme form ({@link ProgrammeAdmin}), in the
 * programme's transaction; its unique names, not a version, keep two writers apart.
 */
@Component
class BureauStore {

    record StoredBureau(long id, Bilingual name) {}

    private final JdbcClient jdbc;

    BureauStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every bureau's names, by English name (Chinese when it has none). */
    List<Bilingual> names() {
        return jdbc.sql("SELECT name_zh, name_en FROM bureau ORDER BY COALESCE(name_en, name_zh)")
                .query((rs, n) -> Bilingual.of(rs.getString("name_zh"), rs.getString("name_en")))
                .list();
    }

    /** The bureau with either of these names, the one matching both first. */
    Optional<StoredBureau> byEitherName(Bilingual name) {
        return jdbc.sql("""
                SELECT id, name_zh, name_en FROM bureau WHERE name_zh = :zh OR name_en = :en
                ORDER BY (name_zh <=> :zh) + (name_en <=> :en) DESC, id LIMIT 1
                """)
                .param("zh", name.zh())
                .param("en", name.en())
                .query((rs, n) -> new StoredBureau(
                        rs.getLong("id"), Bilingual.of(rs.getString("name_zh"), rs.getString("name_en"))))
                .optional();
    }

    /** Adds a bureau; returns its id. */
    long add(Bilingual name) {
        jdbc.sql("INSERT INTO bureau (name_zh, name_en) VALUES (:zh, :en)")
                .param("zh", name.zh())
                .param("en", name.en())
                .update();
        return jdbc.sql("SELECT LAST_INSERT_ID()").query(Long.class).single();
    }

    /** Gives a bureau these names; a name another bureau has fails with a DuplicateKeyException. */
    void rename(long id, Bilingual name) {
        jdbc.sql("UPDATE bureau SET name_zh = :zh, name_en = :en WHERE id = :id")
                .param("zh", name.zh())
                .param("en", name.en())
                .param("id", id)
                .update();
    }
}
