package org.citizendialogue.answer;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.citizendialogue.audit.AuditLog;
import org.citizendialogue.audit.AuditRecord;
import org.citizendialogue.shared.CurrentUser;
import org.citizendialogue.shared.NotFoundException;
import org.citizendialogue.shared.Texts;
import org.citizendialogue.submission.SubmissionService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Answer templates: starting texts admins keep, for one programme or for all; staff insert them. */
@Service
public class AnswerTemplates {

    public static final int TITLE_MAX = 120;

    private static final String TEMPLATE = "SELECT id, dialogue_id, title, body FROM answer_template";

    private final JdbcClient jdbc;
    private final SubmissionService submissions;
    private final AuditLog audit;
    private final Clock clock;

    AnswerTemplates(JdbcClient jdbc, SubmissionService submissions, AuditLog audit, Clock clock) {
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
        return jdbc.sql(TEMPLATE + " WHERE dialogue_id IS NULL OR dialogue_id = :d ORDER BY title, id")
                .param("d", question.dialogueId()).query(AnswerTemplate.class).list();
    }

    /** Every template, global ones first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<AnswerTemplate> all() {
        return jdbc.sql(TEMPLATE + " ORDER BY dialogue_id IS NOT NULL, dialogue_id, title, id").query(AnswerTemplate.class)
                .list();
    }

    /** Adds a template, for one programme (dialogueId) or for all (null). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public long add(Long dialogueId, String title, String body) {
        var admin = CurrentUser.require();
        var checkedTitle = Texts.required("title", title, TITLE_MAX);
        var checkedBody = Texts.required("body", body, Answer.BODY_MAX);
        jdbc.sql("INSERT INTO answer_template (dialogue_id, title, body, created_at) VALUES (:d, :t, :b, :at)")
                .param("d", dialogueId).param("t", checkedTitle).param("b", checkedBody)
                .param("at", Timestamp.from(clock.instant())).update();
        long id = jdbc.sql("SELECT LAST_INSERT_ID()").query(Long.class).single();
        audit.record(new AuditRecord(admin.accountId(), admin.displayName(), "TEMPLATE_ADDED", "ANSWER_TEMPLATE", id,
                null, checkedTitle, dialogueId == null ? "global" : "programme " + dialogueId));
        return id;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void remove(long templateId) {
        var admin = CurrentUser.require();
        if (jdbc.sql("DELETE FROM answer_template WHERE id = :id").param("id", templateId).update() == 0) {
            throw new NotFoundException();
        }
        audit.record(new AuditRecord(admin.accountId(), admin.displayName(), "TEMPLATE_REMOVED", "ANSWER_TEMPLATE",
                templateId, null, null, null));
    }
}
