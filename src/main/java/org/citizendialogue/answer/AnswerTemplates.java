package org.citizendialogue.answer;

import java.time.Clock;
import java.util.List;

import org.citizendialogue.audit.AuditLog;
import org.citizendialogue.audit.AuditRecord;
import org.citizendialogue.shared.Bilingual;
import org.citizendialogue.shared.CurrentUser;
import org.citizendialogue.shared.LanguageVersions;
import org.citizendialogue.shared.NotFoundException;
import org.citizendialogue.submission.PublishedSubmissions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answer templates: starting texts admins keep, for one programme or for all; staff insert them.
 * Written and read as aggregates ({@link KeptTemplate}).
 */
@Service
public class AnswerTemplates {

    public static final int TITLE_MAX = 120;
    public static final int BODY_MAX = Answer.BODY_MAX;

    private final KeptTemplateRepository templates;
    private final PublishedSubmissions submissions;
    private final AuditLog audit;
    private final Clock clock;

    AnswerTemplates(KeptTemplateRepository templates, PublishedSubmissions submissions, AuditLog audit, Clock clock) {
        this.templates = templates;
        this.submissions = submissions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The templates that fit a question: its programme's and the global ones, by title. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STAFF')")
    public List<AnswerTemplate> forQuestion(long questionId) {
        var question = submissions.publishedQuestion(questionId).orElseThrow(NotFoundException::new);
        return templates.findFitting(question.dialogueId()).stream()
                .map(KeptTemplate::view)
                .toList();
    }

    /** Every template, global ones first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<AnswerTemplate> all() {
        return templates.findAllInOrder().stream().map(KeptTemplate::view).toList();
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
        long id = templates
                .save(KeptTemplate.of(dialogueId, checkedTitle, checkedBody, clock.instant()))
                .id();
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
        templates.delete(templates.findById(templateId).orElseThrow(NotFoundException::new));
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
