package org.citizendialogue.answer;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.citizendialogue.account.AccountService;
import org.citizendialogue.audit.AuditLog;
import org.citizendialogue.audit.AuditRecord;
import org.citizendialogue.dialogue.DialogueService;
import org.citizendialogue.shared.CurrentUser;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.NotFoundException;
import org.citizendialogue.shared.Texts;
import org.citizendialogue.submission.QuestionCard;
import org.citizendialogue.submission.SubmissionService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The answer desk: drafting and publishing official answers, and reading published ones. */
@Service
public class AnswerService {

    public static final int BODY_MAX = Answer.BODY_MAX;

    private final AnswerRepository answers;
    private final SubmissionService submissions;
    private final DialogueService dialogues;
    private final AccountService accounts;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final OnAirStore onAir;
    private final Clock clock;

    AnswerService(AnswerRepository answers, SubmissionService submissions, DialogueService dialogues,
            AccountService accounts, AuditLog audit, ApplicationEventPublisher events, JdbcClient jdbc, OnAirStore onAir,
            Clock clock) {
        this.onAir = onAir;
        this.answers = answers;
        this.submissions = submissions;
        this.dialogues = dialogues;
        this.accounts = accounts;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Published questions still waiting for an answer, in programmes that take answers, longest waiting first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STAFF')")
    public List<QuestionCard> desk(int offset, int limit) {
        return submissions.awaitingAnswer(dialogues.answerableDialogueIds(), offset, limit);
    }

    /** What the editor starts from for this question. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STAFF')")
    public AnswerDraft editorFor(long questionId) {
        return answers.findByQuestionId(questionId)
                .map(a -> new AnswerDraft(questionId, a.body(), a.status(), a.version()))
                .orElse(new AnswerDraft(questionId, "", AnswerStatus.DRAFT, null));
    }

    /** Saves the text without publishing it; a published answer cannot go back to draft. */
    @Transactional
    @PreAuthorize("hasRole('STAFF')")
    public AnswerDraft saveDraft(long questionId, String text, Integer seenVersion) {
        var answer = write(questionId, text, seenVersion);
        if (answer.status() == AnswerStatus.PUBLISHED) {
            throw new DomainException("answer.error.already-published");
        }
        var saved = answers.save(answer);
        return new AnswerDraft(questionId, saved.body(), saved.status(), saved.version());
    }

    /** Publishes the answer: the question shows as answered, with the bureau and the official's title. */
    @Transactional
    @PreAuthorize("hasRole('STAFF')")
    public AnswerDraft publish(long questionId, String text, Integer seenVersion) {
        var staff = CurrentUser.require();
        var answer = write(questionId, text, seenVersion);
        var before = answer.status();
        answer.publish(clock.instant());
        var saved = answers.save(answer);
        submissions.markAnswered(questionId);
        audit.record(new AuditRecord(staff.accountId(), staff.displayName(),
                before == AnswerStatus.PUBLISHED ? "ANSWER_EDITED" : "ANSWER_PUBLISHED", "ANSWER", saved.id(),
                before.name(), AnswerStatus.PUBLISHED.name(), "question " + questionId));
        events.publishEvent(new AnswerEvents.Published(saved.id(), questionId));
        return new AnswerDraft(questionId, saved.body(), saved.status(), saved.version());
    }

    private Answer write(long questionId, String text, Integer seenVersion) {
        var staff = CurrentUser.require();
        var body = Texts.required("text", text, BODY_MAX);
        var question = submissions.publishedQuestion(questionId).orElseThrow(NotFoundException::new);
        var topic = dialogues.topic(question.topicId()).orElseThrow(NotFoundException::new);
        if (!topic.status().acceptsAnswers()) {
            throw new DomainException("answer.error.archived");
        }
        var title = accounts.publicTitleOf(staff.accountId());
        var existing = answers.findByQuestionId(questionId);
        if (existing.isPresent()) {
            var answer = existing.get();
            if (seenVersion == null || answer.version() != seenVersion) {
                throw new OptimisticLockingFailureException("Answer to question " + questionId + " changed meanwhile");
            }
            answer.edit(body, staff.accountId(), title, clock.instant());
            return answer;
        }
        if (seenVersion != null) {
            throw new OptimisticLockingFailureException("Answer to question " + questionId + " was removed meanwhile");
        }
        return Answer.draft(questionId, topic.dialogueId(), staff.accountId(), title, topic.bureauName(), body,
                clock.instant());
    }

    // ---- now answering ----

    /**
     * Marks a published question of a live programme as the one being answered on air; the
     * question that was on air before comes off. The moment is kept on the record.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'MODERATOR')")
    public void putOnAir(long questionId) {
        var actor = CurrentUser.require();
        var question = submissions.publishedQuestion(questionId).orElseThrow(NotFoundException::new);
        var status = dialogues.status(question.dialogueId()).orElseThrow(NotFoundException::new);
        if (status != org.citizendialogue.dialogue.DialogueStatus.LIVE) {
            throw new DomainException("live.error.not-live");
        }
        var now = clock.instant();
        onAir.endCurrent(question.dialogueId(), now);
        onAir.start(question.dialogueId(), questionId, actor.accountId(), now);
        audit.record(new AuditRecord(actor.accountId(), actor.displayName(), "NOW_ANSWERING", "SUBMISSION", questionId,
                null, "ON_AIR", null));
        events.publishEvent(new AnswerEvents.NowAnswering(question.dialogueId(), questionId));
    }

    /** Takes the current question off air. */
    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'MODERATOR')")
    public void clearOnAir(long dialogueId) {
        var actor = CurrentUser.require();
        var current = onAir.current(dialogueId);
        onAir.endCurrent(dialogueId, clock.instant());
        current.ifPresent(c -> audit.record(new AuditRecord(actor.accountId(), actor.displayName(), "NOW_ANSWERING_CLEARED",
                "SUBMISSION", c.questionId(), "ON_AIR", null, null)));
        events.publishEvent(new AnswerEvents.NowAnswering(dialogueId, null));
    }

    /** The question on air now in a programme, if any. */
    @Transactional(readOnly = true)
    public Optional<OnAir> nowAnswering(long dialogueId) {
        return onAir.current(dialogueId);
    }

    /** When each of these questions first went on air, for the public record. */
    @Transactional(readOnly = true)
    public Map<Long, OnAir> onAirRecord(Collection<Long> questionIds) {
        return onAir.firstMoments(questionIds);
    }

    /** The published answers of several questions at once; drafts never appear here. */
    @Transactional(readOnly = true)
    public Map<Long, PublishedAnswer> publishedFor(Collection<Long> questionIds) {
        if (questionIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                SELECT id, question_id, body, bureau_name, author_title, published_at, updated_at
                FROM answer WHERE question_id IN (:ids) AND status = 'PUBLISHED'
                """).param("ids", questionIds).query(PublishedAnswer.class).stream()
                .collect(Collectors.toMap(PublishedAnswer::questionId, Function.identity()));
    }
}
