package org.citizendialogue.notification;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.citizendialogue.account.AccountService;
import org.citizendialogue.answer.AnswerDesk;
import org.citizendialogue.answer.AnswerEvents;
import org.citizendialogue.answer.PublishedAnswers;
import org.citizendialogue.submission.PublishedSubmissions;
import org.citizendialogue.submission.SubmissionEvents;
import org.citizendialogue.submission.SubmissionSubject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns committed changes into notices: the author of a submission hears of the decision; the
 * asker and the followers of a question or its topic hear of its answer, each person once per
 * event (the event key is unique per person), and no one else. Runs after the change committed,
 * in a transaction of its own; a failure here is logged and never reaches the change.
 */
@Component
class NoticeDispatcher {

    private static final Logger log = LoggerFactory.getLogger(NoticeDispatcher.class);

    private final NoticeStore store;
    private final ApplicationEventPublisher events;
    private final PublishedSubmissions submissions;
    private final AnswerDesk answers;
    private final PublishedAnswers publishedAnswers;
    private final AccountService accounts;
    private final Mailer mailer;
    private final Clock clock;

    NoticeDispatcher(
            NoticeStore store,
            ApplicationEventPublisher events,
            PublishedSubmissions submissions,
            AnswerDesk answers,
            PublishedAnswers publishedAnswers,
            AccountService accounts,
            Mailer mailer,
            Clock clock) {
        this.store = store;
        this.events = events;
        this.submissions = submissions;
        this.answers = answers;
        this.publishedAnswers = publishedAnswers;
        this.accounts = accounts;
        this.mailer = mailer;
        this.clock = clock;
    }

    private record Pending(NoticeKind kind, String detail) {}

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(SubmissionEvents.Published event) {
        safely(() -> submissions
                .subject(event.submissionId())
                .ifPresent(s -> deliver(
                        s, Map.of(s.authorId(), new Pending(NoticeKind.APPROVED, null)), "approved:" + s.id())));
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(SubmissionEvents.Rejected event) {
        safely(() -> submissions
                .subject(event.submissionId())
                .ifPresent(s -> deliver(
                        s,
                        Map.of(s.authorId(), new Pending(NoticeKind.REJECTED, event.reasonCode())),
                        "rejected:" + s.id())));
    }

    /** The author hears that the content was hidden; the detail says whether reports or a moderator did it. */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(SubmissionEvents.Hidden event) {
        safely(() -> submissions
                .subject(event.submissionId())
                .ifPresent(s -> deliver(
                        s,
                        Map.of(
                                s.authorId(),
                                new Pending(
                                        NoticeKind.HIDDEN,
                                        event.byReports() ? "notice.hidden.reports" : "notice.hidden.moderator")),
                        "hidden:" + s.id() + ":" + clock.millis())));
    }

    /**
     * The author of a merged question hears where the original is: the notice links to it, and
     * its detail is the start of the original's (published) text.
     */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(SubmissionEvents.Merged event) {
        safely(() -> submissions.subject(event.submissionId()).ifPresent(s -> {
            var original = submissions.publishedQuestion(event.originalId());
            var detail = original.map(q -> NoticeText.excerpt(q.body())).orElse(null);
            deliver(
                    s,
                    event.originalId(),
                    Map.of(s.authorId(), new Pending(NoticeKind.MERGED, detail)),
                    "merged:" + s.id());
        }));
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(AnswerEvents.Published event) {
        if (!event.announced()) {
            return;
        }
        safely(() -> submissions.subject(event.questionId()).ifPresent(q -> {
            var answer = publishedAnswers.forQuestions(Set.of(q.id())).get(q.id());
            if (answer == null) {
                return;
            }
            var detail = switch (answer.state()) {
                case FORWARDED -> answer.department();
                case LATER -> answer.promisedDate().toString();
                default -> null;
            };
            var recipients = new LinkedHashMap<Long, Pending>();
            for (var follower : store.followersOf(q.id(), q.topicId())) {
                recipients.put(follower, new Pending(NoticeKind.FOLLOWED_ANSWER, null));
            }
            recipients.put(
                    q.authorId(), new Pending(NoticeKind.valueOf(answer.state().name()), detail));
            deliver(q, recipients, "answer:" + event.answerId() + ":" + event.revision());
        }));
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(AnswerEvents.CommitmentChanged event) {
        safely(() -> submissions.subject(event.questionId()).ifPresent(q -> {
            var recipients = new LinkedHashMap<Long, Pending>();
            var pending = new Pending(NoticeKind.COMMITMENT, event.status().name());
            for (var follower : store.followersOf(q.id(), null)) {
                recipients.put(follower, pending);
            }
            recipients.put(q.authorId(), pending);
            deliver(q, recipients, "commitment:" + event.commitmentId() + ":" + event.version());
        }));
    }

    private void deliver(SubmissionSubject about, Map<Long, Pending> recipients, String eventKey) {
        deliver(about, about.aboutQuestion(), recipients, eventKey);
    }

    /** Writes each recipient's notice once, linking to {@code linkQuestion}, and sends the e-mails they want. */
    private void deliver(SubmissionSubject about, Long linkQuestion, Map<Long, Pending> recipients, String eventKey) {
        var now = clock.instant();
        var excerpt = NoticeText.excerpt(about.body());
        var written = new LinkedHashMap<Long, Pending>();
        recipients.forEach((account, p) -> {
            if (store.add(account, p.kind(), linkQuestion, excerpt, p.detail(), eventKey, now)) {
                written.put(account, p);
            }
        });
        if (written.isEmpty()) {
            return;
        }
        written.keySet().forEach(account -> events.publishEvent(new NoticesChanged(account)));
        var contacts = accounts.contacts(written.keySet());
        var settings = store.mailSettings(written.keySet());
        written.forEach((account, p) -> {
            var contact = contacts.get(account);
            if (contact != null && settings.get(account).sends(p.kind())) {
                mailer.send(contact, new Notice(0, p.kind(), linkQuestion, excerpt, p.detail(), now, null));
            }
        });
    }

    private static void safely(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.error("Notices could not be written; the change itself stands", e);
        }
    }
}
