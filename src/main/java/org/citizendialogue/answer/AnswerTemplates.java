package org.citizendialogue.answer;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.citizendialogue.audit.AuditLog;
import org.citizendialogue.audit.AuditRecord;
import org.citizendialogue.shared.Bilingual;
import org.citizendialogue.shared.CurrentUser;
import org.citizendialogue.shared.LanguageVersions;
import org.citizendialogue.shared.NotFoundException;
import org.citizendialogue.submission.PublishedSubmissions;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Answer templates: starting texts admins keep, for one programme or for all; staff insert them. */
@Service
public class AnswerTemplates {

    public static final int TITLE_MAX = 120;
    public static final int BODY_MAX = Answer.BODY_MAX;

    private static final String TEMPLATE =
            "SELECT id, dialogue_id, title_zh, title_en, body_zh, body_en FROM answer_template";
    private static final RowMapper<AnswerTemplate> ROW = (rs, n) -> new AnswerTemplate(
            rs.getLong("id"),
            rs.getObject("dialogue_id", Long.class),
            Bilingual.of(rs.getString("title_zh"), rs.getString("title_en")),
            Bilingual.of(rs.getString("body_zh"), rs.getString("body_en")));

    private final JdbcClient jdbc;
    private final PublishedSubmissions submissions;
    private final AuditLog audit;
    private final Clock clock;

    AnswerTemplates(JdbcClient jdbc, PublishedSubmissions submissions, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.submissions = submissions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The templates that fit a question: its programme's and the global ones, by title. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STAFF')")
    public List<AnswerTemplate> forQuestion(long questionId) {
        var question = submissions.publishedQuestion(questionId).orElseThrow(NotFoundException::new);
        return jdbc.sql(TEMPLATE
                        + " WHERE dialogue_id IS NULL OR dialogue_id = :d ORDER BY COALESCE(title_en, title_zh), id")
                .param("d", question.dialogueId())
                .query(ROW)
                .list();
    }

    /** Every template, global ones first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<AnswerTemplate> all() {
        return jdbc.sql(TEMPLATE + " ORDER BY dialogue_id IS NOT NULL, dialogue_id, COALESCE(title_en, title_zh), id")
                .query(ROW)
                .list();
    }

    /**
     * Adds a template, for one programme (dialogueId) or for all (null), in Chinese, English or
     * both: a language's version has a title and a text (refusals name {@code title.zh}, {@code body.en}, ...).
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public long add(Long dialogueId, Bilingual title, Bilingual body) {
        var admin = CurrentUser.require();
        var versions = new LanguageVersions();
        var checkedTitle = versions.required("title", title, TITLE_MAX);
        var checkedBody = versions.required("body", body, Answer.BODY_MAX);
        versions.requireComplete();
        jdbc.sql("""
                INSERT INTO answer_template (dialogue_id, title_zh, title_en, body_zh, body_en, created_at)
                VALUES (:d, :tz, :te, :bz, :be, :at)
                """)
                .param("d", dialogueId)
                .param("tz", checkedTitle.zh())
                .param("te", checkedTitle.en())
                .param("bz", checkedBody.zh())
                .param("be", checkedBody.en())
                .param("at", Timestamp.from(clock.instant()))
                .update();
        long id = jdbc.sql("SELECT LAST_INSERT_ID()").query(Long.class).single();
        audit.record(new AuditRecord(
                admin.accountId(),
                admin.displayName(),
                "TEMPLATE_ADDED",
                "ANSWER_TEMPLATE",
                id,
                null,
                checkedTitle.both(),
                dialogueId == null ? "global" : "programme " + dialogueId));
        return id;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void remove(long templateId) {
        var admin = CurrentUser.require();
        if (jdbc.sql("DELETE FROM answer_template WHERE id = :id")
                        .param("id", templateId)
                        .update()
                == 0) {
            throw new NotFoundException();
        }
        audit.record(new AuditRecord(
                admin.accountId(),
                admin.displayName(),
                "TEMPLATE_REMOVED",
                "ANSWER_TEMPLATE",
                templateId,
                null,
                null,
                null));
    }
}
