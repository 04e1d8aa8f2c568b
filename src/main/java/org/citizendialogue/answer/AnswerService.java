package org.citizendialogue.answer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.citizendialogue.account.AccountService;
import org.citizendialogue.audit.AuditLog;
import org.citizendialogue.audit.AuditRecord;
import org.citizendialogue.dialogue.DialogueService;
import org.citizendialogue.dialogue.DialogueStatus;
import org.citizendialogue.dialogue.TopicContext;
import org.citizendialogue.shared.CurrentUser;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.LanguageVersions;
import org.citizendialogue.shared.NotFoundException;
import org.citizendialogue.shared.Roles;
import org.citizendialogue.shared.SignedInUser;
import org.citizendialogue.shared.Texts;
import org.citizendialogue.submission.QuestionCard;
import org.citizendialogue.submission.SubmissionService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
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
    private final AnswerRevisionStore revisions;
    private final CommitmentRepository commitments;
    private final ProgrammeStaff staff;
    private final Clock clock;

    AnswerService(
            AnswerRepository answers,
            SubmissionService submissions,
            DialogueService dialogues,
            AccountService accounts,
            AuditLog audit,
            ApplicationEventPublisher events,
            JdbcClient jdbc,
            OnAirStore onAir,
            AnswerRevisionStore revisions,
            CommitmentRepository commitments,
            ProgrammeStaff staff,
            Clock clock) {
        this.revisions = revisions;
        this.commitments = commitments;
        this.staff = staff;
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

    /** Published questions still waiting for an answer in the staff member's programmes, longest waiting first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STAFF')")
    public List<QuestionCard> desk(int offset, int limit) {
        return desk(DeskFilter.WAITING, offset, limit);
    }

    /** The answer desk: published questions of the staff member's programmes, filtered and ordered. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STAFF')")
    public List<QuestionCard> desk(DeskFilter filter, int offset, int limit) {
        var programmes = myProgrammes();
        if (filter.state() == DeskState.UNANSWERED) {
            return submissions.awaitingAnswer(programmes, filter.topicId(), filter.order(), offset, limit);
        }
        return submissions.publishedAmong(
                questionsIn(programmes, filter.state()), filter.topicId(), filter.order(), offset, limit);
    }

    /** How many questions each desk state holds, for one topic or all. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STAFF')")
    public Map<DeskState, Long> deskCounts(Long topicId) {
        var programmes = myProgrammes();
        var counts = new EnumMap<DeskState, Long>(DeskState.class);
        for (var state : DeskState.values()) {
            counts.put(
                    state,
                    state == DeskState.UNANSWERED
                            ? submissions.countAwaitingAnswer(programmes, topicId)
                            : submissions.countAmong(questionsIn(programmes, state), topicId));
        }
        return counts;
    }

    /** The topics of the staff member's programmes, for the desk's topic filter. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STAFF')")
    public List<TopicContext> deskTopics() {
        return dialogues.topicsOf(myProgrammes());
    }

    /** The programmes the signed-in staff member answers for that still take answers. */
    private List<Long> myProgrammes() {
        var mine = new HashSet<>(staff.programmesOf(CurrentUser.require().accountId()));
        return dialogues.answerableDialogueIds().stream().filter(mine::contains).toList();
    }

    private List<Long> questionsIn(List<Long> programmes, DeskState state) {
        if (programmes.isEmpty()) {
            return List.of();
        }
        var sql = state == DeskState.DRAFT
                ? "SELECT question_id FROM answer WHERE dialogue_id IN (:d) AND status = 'DRAFT'"
                : "SELECT question_id FROM answer WHERE dialogue_id IN (:d) AND status = 'PUBLISHED' AND state = :s";
        var spec = jdbc.sql(sql).param("d", programmes);
        if (state != DeskState.DRAFT) {
            spec = spec.param("s", state.name());
        }
        return spec.query(Long.class).list();
    }

    /** What the editor starts from for this question. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STAFF')")
    public AnswerDraft editorFor(long questionId) {
        var question = answerable(questionId);
        var onAirAt = firstOnAir(questionId);
        return answers.findByQuestionId(questionId)
                .map(this::draftOf)
                .orElse(new AnswerDraft(
                        question.id(), null, AnswerStatus.DRAFT, null, AnswerForm.answered(""), onAirAt));
    }

    private AnswerDraft draftOf(Answer a) {
        return new AnswerDraft(
                a.questionId(),
                a.id(),
                a.status(),
                a.version(),
                a.form(),
                a.onAirAt() != null ? a.onAirAt() : firstOnAir(a.questionId()));
    }

    private Instant firstOnAir(long questionId) {
        var moment = onAir.firstMoments(Set.of(questionId)).get(questionId);
        return moment == null ? null : moment.startedAt();
    }

    /** Saves the form without publishing it; a published answer cannot go back to draft. */
    @Transactional
    @PreAuthorize("hasRole('STAFF')")
    public AnswerDraft saveDraft(long questionId, AnswerForm form, Integer seenVersion) {
        var answer = write(questionId, form, seenVersion);
        if (answer.status() == AnswerStatus.PUBLISHED) {
            throw new DomainException("answer.error.already-published");
        }
        return draftOf(answers.save(answer));
    }

    /**
     * Publishes the answer, or a new version of a published one: every published version is kept
     * as a revision. The asker and followers hear of it when its public state is new.
     */
    @Transactional
    @PreAuthorize("hasRole('STAFF')")
    public AnswerDraft publish(long questionId, AnswerForm form, Integer seenVersion) {
        var actor = CurrentUser.require();
        var answer = write(questionId, form, seenVersion);
        var before = answer.status();
        var now = clock.instant();
        answer.publish(now);
        var saved = answers.save(answer);
        var previousState = revisions.latestState(saved.id());
        int revision = revisions.append(saved, now);
        submissions.markAnswered(questionId);
        audit.record(new AuditRecord(
                actor.accountId(),
                actor.displayName(),
                before == AnswerStatus.PUBLISHED ? "ANSWER_EDITED" : "ANSWER_PUBLISHED",
                "ANSWER",
                saved.id(),
                before == AnswerStatus.PUBLISHED ? previousState + "" : before.name(),
                saved.state().name(),
                "question " + questionId + ", revision " + revision));
        var question = submissions.publishedQuestion(questionId).orElseThrow(NotFoundException::new);
        events.publishEvent(new AnswerEvents.Published(
                saved.id(), questionId, question.topicId(), saved.state(), revision, previousState != saved.state()));
        return draftOf(saved);
    }

    /** Moderators and admins mark any live programme; a staff member only one they answer for. */
    private void requireOnAirScope(SignedInUser actor, long dialogueId) {
        if (!actor.has(Roles.MODERATOR)
                && !actor.has(Roles.ADMIN)
                && !staff.answersFor(actor.accountId(), dialogueId)) {
            throw new AccessDeniedException("Not a staff member of programme " + dialogueId);
        }
    }

    private QuestionCard answerable(long questionId) {
        var staffMember = CurrentUser.require();
        var question = submissions.publishedQuestion(questionId).orElseThrow(NotFoundException::new);
        if (!staff.answersFor(staffMember.accountId(), question.dialogueId())) {
            throw new AccessDeniedException("Not a staff member of programme " + question.dialogueId());
        }
        return question;
    }

    private Answer write(long questionId, AnswerForm form, Integer seenVersion) {
        var staffMember = CurrentUser.require();
        var question = answerable(questionId);
        var topic = dialogues.topic(question.topicId()).orElseThrow(NotFoundException::new);
        if (!topic.status().acceptsAnswers()) {
            throw new DomainException("answer.error.archived");
        }
        var existing = answers.findByQuestionId(questionId);
        var content = checked(form, existing.map(Answer::promisedDate).orElse(null));
        var title = accounts.publicTitleOf(staffMember.accountId());
        Answer answer;
        if (existing.isPresent()) {
            answer = existing.get();
            if (seenVersion == null || !answer.version().equals(seenVersion)) {
                throw new OptimisticLockingFailureException("Answer to question " + questionId + " changed meanwhile");
            }
        } else {
            if (seenVersion != null) {
                throw new OptimisticLockingFailureException(
                        "Answer to question " + questionId + " was removed meanwhile");
            }
            answer = Answer.draft(questionId, topic.dialogueId(), topic.bureauName(), clock.instant());
        }
        answer.edit(content, staffMember.accountId(), title, clock.instant());
        answer.answeredOnAir(firstOnAir(questionId));
        return answer;
    }

    /** Checks the form: what each state needs, lengths, the recording time and link. */
    private Answer.Content checked(AnswerForm form, LocalDate promisedBefore) {
        var state = form.state() == null ? AnswerState.ANSWERED : form.state();
        var versions = new LanguageVersions();
        var text = versions.required("text", form.text(), BODY_MAX);
        versions.requireComplete();
        String department = null;
        String followUp = null;
        LocalDate promised = null;
        switch (state) {
            case FORWARDED -> {
                department = Texts.required("department", form.department(), Answer.DEPARTMENT_MAX);
                followUp = Texts.required("followUp", form.followUp(), Answer.FOLLOW_UP_MAX);
            }
            case LATER -> {
                promised = form.promisedDate();
                if (promised == null) {
                    throw DomainException.atField("promisedDate", "validation.required");
                }
                if (!promised.equals(promisedBefore) && promised.isBefore(LocalDate.now(clock))) {
                    throw DomainException.atField("promisedDate", "answer.error.date-past");
                }
            }
            default -> {
                // an answer needs its text only
            }
        }
        var seconds = RecordingTime.parse("recordingTime", form.recordingTime());
        var link = Texts.optional("recordingLink", form.recordingLink(), Answer.LINK_MAX);
        if (link != null && !(link.startsWith("https://") || link.startsWith("http://"))) {
            throw DomainException.atField("recordingLink", "answer.error.link");
        }
        return new Answer.Content(state, text, department, followUp, promised, seconds, link);
    }

    // ---- commitments ----

    /** Adds a follow-up commitment to the saved answer of a question. */
    @Transactional
    @PreAuthorize("hasRole('STAFF')")
    public CommitmentCard addCommitment(long questionId, String text, LocalDate due) {
        var actor = CurrentUser.require();
        var question = answerable(questionId);
        var answer = answers.findByQuestionId(questionId)
                .orElseThrow(() -> DomainException.atField("commitment", "answer.error.save-first"));
        var body = Texts.required("commitment", text, Commitment.BODY_MAX);
        var saved = commitments.save(Commitment.of(answer.id(), questionId, body, due, clock.instant()));
        audit.record(new AuditRecord(
                actor.accountId(),
                actor.displayName(),
                "COMMITMENT_ADDED",
                "COMMITMENT",
                saved.id(),
                null,
                saved.status().name(),
                "question " + questionId + ", due " + due));
        if (answer.status() == AnswerStatus.PUBLISHED) {
            events.publishEvent(new AnswerEvents.CommitmentChanged(
                    saved.id(), questionId, question.topicId(), saved.status(), true, saved.version()));
        }
        return commitmentCard(saved.id());
    }

    /** Changes a commitment's status; the version is the one the editor saw. */
    @Transactional
    @PreAuthorize("hasRole('STAFF')")
    public CommitmentCard changeCommitment(long commitmentId, CommitmentStatus status, int seenVersion) {
        var actor = CurrentUser.require();
        var commitment = commitments.findById(commitmentId).orElseThrow(NotFoundException::new);
        var question = answerable(commitment.questionId());
        if (commitment.version() != seenVersion) {
            throw new OptimisticLockingFailureException("Commitment " + commitmentId + " changed meanwhile");
        }
        var before = commitment.status();
        if (commitment.changeStatus(status, clock.instant())) {
            var version = commitments.save(commitment).version();
            audit.record(new AuditRecord(
                    actor.accountId(),
                    actor.displayName(),
                    "COMMITMENT_CHANGED",
                    "COMMITMENT",
                    commitmentId,
                    before.name(),
                    status.name(),
                    "question " + commitment.questionId()));
            var published = answers.findById(commitment.answerId()).filter(a -> a.status() == AnswerStatus.PUBLISHED);
            if (published.isPresent()) {
                events.publishEvent(new AnswerEvents.CommitmentChanged(
                        commitmentId, commitment.questionId(), question.topicId(), status, false, version));
            }
        }
        return commitmentCard(commitmentId);
    }

    /** The commitments of a question's answer, for the editor (drafts too). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STAFF')")
    public List<CommitmentCard> commitmentsForEditor(long questionId) {
        answerable(questionId);
        return commitmentsOf(questionId, false);
    }

    /** The commitments of a question's published answer, oldest first. */
    @Transactional(readOnly = true)
    public List<CommitmentCard> publishedCommitments(long questionId) {
        return commitmentsOf(questionId, true);
    }

    private List<CommitmentCard> commitmentsOf(long questionId, boolean publishedOnly) {
        return jdbc.sql("""
                SELECT c.id, c.version, c.answer_id, c.question_id, c.body, c.due_date, c.status, c.updated_at
                FROM commitment c JOIN answer a ON a.id = c.answer_id
                WHERE c.question_id = :q""" + (publishedOnly ? " AND a.status = 'PUBLISHED' AND a.hidden_at IS NULL" : "")
                        + " ORDER BY c.due_date, c.id")
                .param("q", questionId)
                .query(CommitmentCard.class)
                .list();
    }

    private CommitmentCard commitmentCard(long id) {
        return jdbc.sql("""
                SELECT id, version, answer_id, question_id, body, due_date, status, updated_at FROM commitment WHERE id = :id
                """).param("id", id).query(CommitmentCard.class).single();
    }

    // ---- revisions ----

    /** Every published version of a published answer, first to last; nothing for drafts. */
    @Transactional(readOnly = true)
    public List<AnswerRevision> revisionsOf(long answerId) {
        return answers.findById(answerId)
                .filter(Answer::isPublic)
                .map(a -> revisions.of(answerId))
                .orElse(List.of());
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
        requireOnAirScope(actor, question.dialogueId());
        var status = dialogues.status(question.dialogueId()).orElseThrow(NotFoundException::new);
        if (status != DialogueStatus.LIVE) {
            throw new DomainException("live.error.not-live");
        }
        var now = clock.instant();
        onAir.endCurrent(question.dialogueId(), now);
        onAir.start(question.dialogueId(), questionId, actor.accountId(), now);
        audit.record(new AuditRecord(
                actor.accountId(),
                actor.displayName(),
                "NOW_ANSWERING",
                "SUBMISSION",
                questionId,
                null,
                "ON_AIR",
                null));
        events.publishEvent(new AnswerEvents.NowAnswering(question.dialogueId(), questionId));
    }

    /** Takes the current question off air. */
    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'MODERATOR')")
    public void clearOnAir(long dialogueId) {
        var actor = CurrentUser.require();
        requireOnAirScope(actor, dialogueId);
        var current = onAir.current(dialogueId);
        onAir.endCurrent(dialogueId, clock.instant());
        current.ifPresent(c -> audit.record(new AuditRecord(
                actor.accountId(),
                actor.displayName(),
                "NOW_ANSWERING_CLEARED",
                "SUBMISSION",
                c.questionId(),
                "ON_AIR",
                null,
                null)));
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
        return jdbc
                .sql("""
                """ + PublishedAnswers.COLUMNS + """
                FROM answer WHERE question_id IN (:ids) AND status = 'PUBLISHED' AND hidden_at IS NULL
                """)
                .param("ids", questionIds)
                .query(PublishedAnswer.class)
                .stream()
                .collect(Collectors.toMap(PublishedAnswer::questionId, Function.identity()));
    }
}
