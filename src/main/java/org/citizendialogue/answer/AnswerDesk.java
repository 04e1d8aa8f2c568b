package org.citizendialogue.answer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.citizendialogue.account.AccountService;
import org.citizendialogue.audit.AuditLog;
import org.citizendialogue.audit.AuditRecord;
import org.citizendialogue.programme.ProgrammeService;
import org.citizendialogue.programme.TopicContext;
import org.citizendialogue.shared.CurrentUser;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.LanguageVersions;
import org.citizendialogue.shared.NotFoundException;
import org.citizendialogue.shared.Texts;
import org.citizendialogue.submission.PublishedSubmissions;
import org.citizendialogue.submission.QuestionCard;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff's door, the answer desk: the questions of the programmes a staff member answers for,
 * drafting and publishing official answers, and their follow-up commitments. Every method
 * requires the staff role and checks here that the staff member answers for the question's
 * programme. The question on air is marked through {@link OnAirDesk}; readers read answers
 * through {@link PublishedAnswers}.
 */
@Service
public class AnswerDesk {

    public static final int BODY_MAX = Answer.BODY_MAX;

    private final AnswerRepository answers;
    private final PublishedSubmissions submissions;
    private final ProgrammeService programmes;
    private final AccountService accounts;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final AnswerQueries queries;
    private final OnAirStore onAir;
    private final AnswerRevisionStore revisions;
    private final CommitmentRepository commitments;
    private final ProgrammeStaff staff;
    private final Clock clock;

    AnswerDesk(
            AnswerRepository answers,
            PublishedSubmissions submissions,
            ProgrammeService programmes,
            AccountService accounts,
            AuditLog audit,
            ApplicationEventPublisher events,
            AnswerQueries queries,
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
        this.programmes = programmes;
        this.accounts = accounts;
        this.audit = audit;
        this.events = events;
        this.queries = queries;
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
                queries.questionsIn(programmes, filter.state()), filter.topicId(), filter.order(), offset, limit);
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
                            : submissions.countAmong(queries.questionsIn(programmes, state), topicId));
        }
        return counts;
    }

    /** The topics of the staff member's programmes, for the desk's topic filter. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STAFF')")
    public List<TopicContext> deskTopics() {
        return programmes.topicsOf(myProgrammes());
    }

    /** The programmes the signed-in staff member answers for that still take answers. */
    private List<Long> myProgrammes() {
        var mine = new HashSet<>(staff.programmesOf(CurrentUser.require().accountId()));
        return programmes.answerableProgrammeIds().stream()
                .filter(mine::contains)
                .toList();
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
        var question = submissions.publishedQuestion(questionId).orElseThrow(NotFoundException::new);
        audit.record(new AuditRecord(
                        actor.accountId(),
                        actor.displayName(),
                        before == AnswerStatus.PUBLISHED ? "ANSWER_EDITED" : "ANSWER_PUBLISHED",
                        "ANSWER",
                        saved.id(),
                        before == AnswerStatus.PUBLISHED ? previousState + "" : before.name(),
                        saved.state().name(),
                        "question " + questionId + ", revision " + revision)
                .inProgramme(question.dialogueId()));
        events.publishEvent(new AnswerEvents.Published(
                saved.id(), questionId, question.topicId(), saved.state(), revision, previousState != saved.state()));
        return draftOf(saved);
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
        var topic = programmes.topic(question.topicId()).orElseThrow(NotFoundException::new);
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
        var state = form.state() == null ? AnswerOutcome.ANSWERED : form.state();
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
                        "question " + questionId + ", due " + due)
                .inProgramme(question.dialogueId()));
        if (answer.status() == AnswerStatus.PUBLISHED) {
            events.publishEvent(new AnswerEvents.CommitmentChanged(
                    saved.id(), questionId, question.topicId(), saved.status(), true, saved.version()));
        }
        return queries.commitmentCard(saved.id());
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
                            "question " + commitment.questionId())
                    .inProgramme(question.dialogueId()));
            var published = answers.findById(commitment.answerId()).filter(a -> a.status() == AnswerStatus.PUBLISHED);
            if (published.isPresent()) {
                events.publishEvent(new AnswerEvents.CommitmentChanged(
                        commitmentId, commitment.questionId(), question.topicId(), status, false, version));
            }
        }
        return queries.commitmentCard(commitmentId);
    }

    /** The commitments of a question's answer, for the editor (drafts too). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STAFF')")
    public List<CommitmentCard> commitmentsForEditor(long questionId) {
        answerable(questionId);
        return queries.commitmentsOf(questionId, false);
    }
}
