package org.citizendialogue.portal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.citizendialogue.account.EmailVerifications;
import org.citizendialogue.account.Suspensions;
import org.citizendialogue.answer.OnAir;
import org.citizendialogue.answer.OnAirDesk;
import org.citizendialogue.answer.PublishedAnswers;
import org.citizendialogue.poll.Polls;
import org.citizendialogue.programme.ProgrammeService;
import org.citizendialogue.programme.TopicContext;
import org.citizendialogue.shared.CurrentUser;
import org.citizendialogue.submission.PublishedSubmissions;
import org.citizendialogue.submission.QuestionCard;
import org.citizendialogue.submission.QuestionSort;
import org.citizendialogue.submission.SubmissionService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read models of the public pages (issue 15, part 2): each page asks once and gets a record
 * with everything it shows, read in one read-only transaction (one connection) through the
 * modules' public doors, lists in one query each, never row by row.
 */
@Service
@Transactional(readOnly = true)
public class PortalPages {

    /** How many topic comments a topic page shows. */
    public static final int TOPIC_COMMENTS = 50;

    private final ProgrammeService programmes;
    private final PublishedSubmissions submissions;
    private final SubmissionService residents;
    private final PublishedAnswers answers;
    private final OnAirDesk onAir;
    private final Suspensions suspensions;
    private final EmailVerifications verifications;
    private final Polls polls;

    PortalPages(
            ProgrammeService programmes,
            PublishedSubmissions submissions,
            SubmissionService residents,
            PublishedAnswers answers,
            OnAirDesk onAir,
            Suspensions suspensions,
            EmailVerifications verifications,
            Polls polls) {
        this.programmes = programmes;
        this.submissions = submissions;
        this.residents = residents;
        this.answers = answers;
        this.onAir = onAir;
        this.suspensions = suspensions;
        this.verifications = verifications;
        this.polls = polls;
    }

    /** A public topic's page with its first {@code pageSize} questions in the given order. */
    public Optional<TopicPage> topic(String programmeSlug, String topicSlug, QuestionSort sort, int pageSize) {
        return programmes
                .publicTopic(programmeSlug, topicSlug)
                .map(topic -> new TopicPage(
                        topic,
                        onAirNow(topic),
                        questions(topic.topicId(), sort, 0, pageSize),
                        submissions.topicComments(topic.topicId(), 0, TOPIC_COMMENTS),
                        polls.openIn(topic.dialogueId()).orElse(null),
                        abilities(topic)));
    }

    /** A page of a topic's question cards, each with its answer, on-air moment and the reader's vote. */
    public QuestionSlice questions(long topicId, QuestionSort sort, int offset, int pageSize) {
        var page = submissions.publishedQuestions(topicId, sort, offset, pageSize + 1);
        var hasMore = page.size() > pageSize;
        var visible = hasMore ? page.subList(0, pageSize) : page;
        var ids = visible.stream().map(QuestionCard::id).toList();
        return new QuestionSlice(
                visible, answers.forQuestions(ids), onAir.onAirRecord(ids), residents.myVotes(ids), hasMore);
    }

    /** The question's page, the question a merged duplicate now lives in, or nothing when it is not public. */
    public Optional<QuestionAddress> question(long id) {
        var merged = submissions.mergedInto(id);
        if (merged.isPresent()) {
            return Optional.of(new QuestionAddress.MergedInto(merged.get()));
        }
        return submissions
                .publishedQuestion(id)
                .flatMap(question -> programmes
                        .topic(question.topicId())
                        .filter(t -> t.status().isPublic())
                        .map(topic -> page(question, topic)));
    }

    /** What the reader may do on this topic's pages. */
    public Abilities abilities(TopicContext topic) {
        var reader = CurrentUser.get();
        return Abilities.of(
                reader,
                topic.status(),
                reader.isPresent() ? suspensions.mine() : Optional.empty(),
                reader.isPresent() && verifications.mineUnconfirmed());
    }

    private QuestionPage page(QuestionCard question, TopicContext topic) {
        var id = question.id();
        var answer = answers.forQuestions(Set.of(id)).get(id);
        var onAirNow = onAirNow(topic);
        return new QuestionPage(
                question,
                topic,
                submissions.publishedComments(Set.of(id)).getOrDefault(id, List.of()),
                answer,
                answer == null ? List.of() : answers.revisionsOf(answer.id()),
                answer == null ? List.of() : answers.publishedCommitments(id),
                submissions.publishedAt(id).orElse(null),
                onAir.onAirRecord(Set.of(id)).get(id),
                onAirNow != null && onAirNow == id,
                !residents.myVotes(Set.of(id)).isEmpty(),
                abilities(topic));
    }

    private Long onAirNow(TopicContext topic) {
        return onAir.nowAnswering(topic.dialogueId()).map(OnAir::questionId).orElse(null);
    }
}
