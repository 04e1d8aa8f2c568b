package org.citizendialogue.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DriverManager;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;

import org.citizendialogue.support.IntegrationTest;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Migration V036 on MariaDB (decision 025): rows written before texts had two languages become the
 * English version, or the Chinese one when they were written in Chinese (Han characters and no
 * Latin letter); an empty topic summary becomes none; a row with neither language is refused. V038
 * does the same for staff public titles.
 */
@IntegrationTest
class BilingualMigrationTest {

    @Value("${spring.datasource.url}")
    String url;

    @Value("${spring.datasource.password}")
    String password;

    @Value("${dialogue.embedded-db.schema}")
    String schema;

    @Test
    void existing_rows_become_the_version_in_the_language_they_were_written_in() throws Exception {
        var database = "bilingual_migration_" + System.nanoTime();
        try (var connection = DriverManager.getConnection(url, "root", password)) {
            connection
                    .createStatement()
                    .execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
        }
        try {
            var source = new DriverManagerDataSource(url.replace("/" + schema, "/" + database), "root", password);
            migrate(source, lastBefore36(source));
            var jdbc = JdbcClient.create(source);
            jdbc.sql("INSERT INTO bureau (id, name) VALUES (1, 'Old Bureau'), (2, '北京市经济和信息化局')")
                    .update();
            jdbc.sql("""
                    INSERT INTO dialogue (id, slug, title, summary, guest_name, guest_title, bureau_id, status, created_at)
                    VALUES (1, 'english', 'An English programme', 'Its summary.', 'Zhang Jinsong', 'Director', 1, 'OPEN', NOW()),
                           (2, 'chinese', '数字经济', '摘要。', '张劲松', '局长', 2, 'OPEN', NOW())
                    """).update();
            jdbc.sql("""
                    INSERT INTO topic (id, dialogue_id, slug, title, summary, position)
                    VALUES (1, 1, 'empty-summary', 'A topic', '', 1),
                           (2, 2, 'chinese', '五子联动', '“五子”联动。', 1),
                           (3, 2, 'mixed', '5G 基站', '7.5万个 5G base stations', 2)
                    """).update();
            jdbc.sql("INSERT INTO answer_template (id, title, body, created_at) VALUES (1, '感谢', '感谢您的提问。', NOW())")
                    .update();

            migrate(source, "36");

            assertThat(row(jdbc, "SELECT name_zh, name_en FROM bureau WHERE id = 1"))
                    .containsEntry("name_en", "Old Bureau")
                    .containsEntry("name_zh", null);
            assertThat(row(jdbc, "SELECT name_zh, name_en FROM bureau WHERE id = 2"))
                    .containsEntry("name_zh", "北京市经济和信息化局")
                    .containsEntry("name_en", null);
            assertThat(
                            row(
                                    jdbc,
                                    "SELECT title_en, title_zh, summary_en, guest_name_en, series_en, series_zh FROM dialogue WHERE id = 1"))
                    .containsEntry("title_en", "An English programme")
                    .containsEntry("title_zh", null)
                    .containsEntry("summary_en", "Its summary.")
                    .containsEntry("guest_name_en", "Zhang Jinsong")
                    .containsEntry("series_en", null)
                    .containsEntry("series_zh", null);
            assertThat(
                            row(
                                    jdbc,
                                    "SELECT title_en, title_zh, summary_zh, guest_name_zh, guest_title_zh FROM dialogue WHERE id = 2"))
                    .containsEntry("title_zh", "数字经济")
                    .containsEntry("title_en", null)
                    .containsEntry("summary_zh", "摘要。")
                    .containsEntry("guest_name_zh", "张劲松")
                    .containsEntry("guest_title_zh", "局长");
            assertThat(row(jdbc, "SELECT title_en, summary_en, summary_zh FROM topic WHERE id = 1"))
                    .containsEntry("title_en", "A topic")
                    .as("an empty summary is none")
                    .containsEntry("summary_en", null)
                    .containsEntry("summary_zh", null);
            assertThat(row(jdbc, "SELECT title_zh, title_en, summary_zh FROM topic WHERE id = 2"))
                    .containsEntry("title_zh", "五子联动")
                    .containsEntry("title_en", null)
                    .containsEntry("summary_zh", "“五子”联动。");
            assertThat(row(jdbc, "SELECT title_zh, title_en, summary_en FROM topic WHERE id = 3"))
                    .as("Latin letters in it: it stays English, an admin moves it if need be")
                    .containsEntry("title_en", "5G 基站")
                    .containsEntry("title_zh", null)
                    .containsEntry("summary_en", "7.5万个 5G base stations");
            assertThat(row(jdbc, "SELECT title_zh, body_zh, title_en FROM answer_template WHERE id = 1"))
                    .containsEntry("title_zh", "感谢")
                    .containsEntry("body_zh", "感谢您的提问。")
                    .containsEntry("title_en", null);

            assertThatThrownBy(() -> jdbc.sql("UPDATE topic SET title_zh = NULL WHERE id = 2")
                            .update())
                    .as("a text in neither language is refused by the database too")
                    .hasMessageContaining("ck_topic_title");
        } finally {
            try (var connection = DriverManager.getConnection(url, "root", password)) {
                connection.createStatement().execute("DROP DATABASE " + database);
            }
        }
    }

    /** Migration V038: staff public titles and the titles answers were signed with, the same rule. */
    @Test
    void public_titles_become_the_version_in_the_language_they_were_written_in() throws Exception {
        var database = "title_migration_" + System.nanoTime();
        try (var connection = DriverManager.getConnection(url, "root", password)) {
            connection
                    .createStatement()
                    .execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
        }
        try {
            var source = new DriverManagerDataSource(url.replace("/" + schema, "/" + database), "root", password);
            migrate(source, lastBefore(source, "38"));
            var jdbc = JdbcClient.create(source);
            jdbc.sql("""
                    INSERT INTO account (id, email, display_name, password_hash, public_title, privacy_consent_at, created_at)
                    VALUES (1, 'a@example.org', 'A', 'x', 'Spokesperson, Beijing Bureau', NOW(), NOW()),
                           (2, 'b@example.org', 'B', 'x', '北京市经济和信息化局新闻发言人', NOW(), NOW()),
                           (3, 'c@example.org', 'C', 'x', NULL, NOW(), NOW())
                    """).update();

            migrate(source, "38");

            assertThat(row(jdbc, "SELECT public_title, public_title_zh FROM account WHERE id = 1"))
                    .containsEntry("public_title", "Spokesperson, Beijing Bureau")
                    .containsEntry("public_title_zh", null);
            assertThat(row(jdbc, "SELECT public_title, public_title_zh FROM account WHERE id = 2"))
                    .containsEntry("public_title", null)
                    .containsEntry("public_title_zh", "北京市经济和信息化局新闻发言人");
            assertThat(row(jdbc, "SELECT public_title, public_title_zh FROM account WHERE id = 3"))
                    .containsEntry("public_title", null)
                    .containsEntry("public_title_zh", null);
            assertThat(jdbc.sql("""
                    SELECT CONSTRAINT_NAME FROM information_schema.CHECK_CONSTRAINTS
                    WHERE CONSTRAINT_SCHEMA = :db AND CONSTRAINT_NAME LIKE '%author_title' ORDER BY CONSTRAINT_NAME
                    """).param("db", database).query(String.class).list())
                    .as("an answer and a revision are signed in at least one language")
                    .containsExactly("ck_answer_author_title", "ck_answer_revision_author_title");
        } finally {
            try (var connection = DriverManager.getConnection(url, "root", password)) {
                connection.createStatement().execute("DROP DATABASE " + database);
            }
        }
    }

    /** The newest migration before V036, whichever numbers other work has taken below it. */
    private static String lastBefore36(DriverManagerDataSource source) {
        return lastBefore(source, "36");
    }

    private static String lastBefore(DriverManagerDataSource source, String version) {
        return Arrays.stream(Flyway.configure()
                        .dataSource(source)
                        .locations("classpath:db/migration")
                        .load()
                        .info()
                        .all())
                .map(MigrationInfo::getVersion)
                .filter(v -> v != null && v.compareTo(MigrationVersion.fromVersion(version)) < 0)
                .max(Comparator.naturalOrder())
                .orElseThrow()
                .getVersion();
    }

    private static void migrate(DriverManagerDataSource source, String target) {
        Flyway.configure()
                .dataSource(source)
                .locations("classpath:db/migration")
                .target(target)
                .load()
                .migrate();
    }

    private static Map<String, Object> row(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query().singleRow();
    }
}
