package org.citizendialogue.support;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Programmes made for one test, so that a test can close or go live without touching the demo
 * programme that other tests read. (Programmes have no create service yet; admin will add it.)
 */
@Component
public class Fixtures {

    private final JdbcClient jdbc;

    Fixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Programme(long dialogueId, String slug, long topicId, String topicSlug) {

        public String topicPath() {
            return "dialogues/" + slug + "/topics/" + topicSlug;
        }
    }

    /** A new programme in the given state with one topic, answered for by the demo staff account. */
    public Programme staffedProgramme(String status) {
        var programme = programme(status);
        jdbc.sql("""
                INSERT INTO programme_staff (dialogue_id, account_id) SELECT :d, id FROM account WHERE email = :e
                """).param("d", programme.dialogueId()).param("e", Demo.STAFF).update();
        return programme;
    }

    /** A new programme in the given state with one topic and no staff assigned. */
    public Programme programme(String status) {
        var slug = "fixture-" + System.nanoTime();
        jdbc.sql("""
                INSERT INTO dialogue (slug, title_en, summary_en, guest_name_en, guest_title_en, bureau_id, status, created_at)
                VALUES (:slug, :title, 'A programme made by a test.', 'Guest', 'Director', 1, :status, NOW(6))
                """)
                .param("slug", slug)
                .param("title", "Fixture " + slug)
                .param("status", status)
                .update();
        long dialogueId = jdbc.sql("SELECT id FROM dialogue WHERE slug = :slug")
                .param("slug", slug)
                .query(Long.class)
                .single();
        jdbc.sql("""
                INSERT INTO topic (dialogue_id, slug, title_en, summary_en, position) VALUES (:d, 'only-topic', 'The only topic', 'Summary', 1)
                """).param("d", dialogueId).update();
        long topicId = jdbc.sql("SELECT id FROM topic WHERE dialogue_id = :d")
                .param("d", dialogueId)
                .query(Long.class)
                .single();
        return new Programme(dialogueId, slug, topicId, "only-topic");
    }
}
