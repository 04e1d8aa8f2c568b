package org.citizendialogue.search;

import java.util.Set;

import org.citizendialogue.answer.AnswerEvents;
import org.citizendialogue.answer.PublishedAnswers;
import org.citizendialogue.shared.PersonalDataErased;
import org.citizendialogue.shared.cluster.OnEveryNode;
import org.citizendialogue.shared.cluster.Resynchronised;
import org.citizendialogue.submission.PublishedSubmissions;
import org.citizendialogue.submission.SubmissionEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the index in step with the database: the whole index is built when the application is
 * ready, and a thread is re-read after every commit that publishes or withdraws text in it or
 * publishes its answer, on every node (decision 026). Only after commit: a rolled-back approval never reaches the index. A
 * failure here is logged and never undoes the moderator's decision; the next start rebuilds.
 */
@Component
class SearchIndexUpdater {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexUpdater.class);

    private final SearchIndex index;
    private final PublishedSubmissions submissions;
    private final PublishedAnswers answers;

    SearchIndexUpdater(SearchIndex index, PublishedSubmissions submissions, PublishedAnswers answers) {
        this.index = index;
        this.submissions = submissions;
        this.answers = answers;
    }

    /** At start, and when this node may have missed other nodes' changes (decision 026). */
    @EventListener({ApplicationReadyEvent.class, Resynchronised.class})
    @Transactional(readOnly = true)
    public void rebuild() {
        var texts = submissions.allTexts();
        var all = answers.all();
        var questions =
                submissions.questions(all.stream().map(a -> a.questionId()).toList());
        index.rebuild(texts, all, questions);
        log.info("Search index built: {} published texts, {} answers", texts.size(), all.size());
    }

    @OnEveryNode
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public void on(SubmissionEvents.Published event) {
        refresh(event.questionId() != null ? event.questionId() : event.submissionId());
    }

    /**
     * A deleted account's name (and the text it took off the record) leaves the index: deletions
     * are rare, and a rebuild is the one way to be sure no copy stays (issue 12).
     */
    @OnEveryNode
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public void on(PersonalDataErased event) {
        try {
            rebuild();
        } catch (RuntimeException e) {
            log.warn(
                    "Search index not rebuilt after account {} was erased; the next start rebuilds it",
                    event.accountId(),
                    e);
        }
    }

    /** Hidden text leaves the index; the whole thread is re-read, so a hidden question takes its comments along. */
    @OnEveryNode
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public void on(SubmissionEvents.Hidden event) {
        refresh(event.questionId() != null ? event.questionId() : event.submissionId());
    }

    @OnEveryNode
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public void on(SubmissionEvents.Restored event) {
        refresh(event.questionId() != null ? event.questionId() : event.submissionId());
    }

    /** A merged question leaves the index; its comments are re-read into the original's thread. */
    @OnEveryNode
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public void on(SubmissionEvents.Merged event) {
        refresh(event.submissionId());
        refresh(event.originalId());
    }

    @OnEveryNode
    public void on(SubmissionEvents.Withdrawn event) {
        // a withdrawn submission was never published, so never indexed: removing it is a safeguard
        try {
            index.removeSubmission(event.submissionId());
        } catch (RuntimeException e) {
            log.warn("Search index not updated for withdrawn submission {}", event.submissionId(), e);
        }
    }

    @OnEveryNode
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public void on(AnswerEvents.Published event) {
        refresh(event.questionId());
    }

    /** An answer hidden or restored by a moderator leaves or rejoins the index with its thread. */
    @OnEveryNode
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public void on(AnswerEvents.Hidden event) {
        refresh(event.questionId());
    }

    /** Re-reads one thread from the database: what is no longer published falls out of the index. */
    void refresh(long threadId) {
        try {
            var texts = submissions.thread(threadId);
            var question = submissions.questions(Set.of(threadId)).get(threadId);
            var answer = question == null
                    ? null
                    : answers.forQuestions(Set.of(threadId)).get(threadId);
            index.replaceThread(threadId, texts, answer, question);
        } catch (RuntimeException e) {
            log.warn("Search index not updated for thread {}", threadId, e);
        }
    }
}
