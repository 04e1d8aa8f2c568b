package org.citizendialogue.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.citizendialogue.audit.AuditEntry;
import org.citizendialogue.audit.AuditLog;
import org.citizendialogue.notification.FollowTarget;
import org.citizendialogue.notification.Notice;
import org.citizendialogue.notification.NoticeKind;
import org.citizendialogue.notification.NotificationService;
import org.citizendialogue.search.SearchHit;
import org.citizendialogue.search.SearchQuery;
import org.citizendialogue.search.SearchService;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.submission.CommentCard;
import org.citizendialogue.submission.PublishedQuestion;
import org.citizendialogue.submission.PublishedSubmissions;
import org.citizendialogue.submission.QuestionCard;
import org.citizendialogue.submission.QuestionSort;
import org.citizendialogue.submission.SubmissionModeration;
import org.citizendialogue.submission.SubmissionService;
import org.citizendialogue.submission.SubmissionStatus;
import org.citizendialogue.support.Acting;
import org.citizendialogue.support.Demo;
import org.citizendialogue.support.Fixtures;
import org.citizendialogue.support.IntegrationTest;
import org.citizendialogue.support.Residents;
import org.citizendialogue.support.Words;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Marking a question as a duplicate of a published one, on the real MariaDB: votes move exactly
 * once, the duplicate leaves every public list, count and search, its comments and followers move,
 * its author is told once where the original is, and every wrong merge is refused.
 */
@IntegrationTest
class MergeTest {

    @Autowired
    SubmissionService submissions;

    @Autowired
    SubmissionModeration moderation;

    @Autowired
    PublishedSubmissions published;

    @Autowired
    SearchService search;

    @Autowired
    NotificationService notifications;

    @Autowired
    AuditLog audit;

    @Autowired
    Acting acting;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Residents residents;

    @Autowired
    JdbcClient jdbc;

    private void vote(String resident, long questionId) {
        acting.run(resident, () -> submissions.vote(questionId));
    }

    private int votesInTable(long questionId) {
        return jdbc.sql("SELECT COUNT(*) FROM vote WHERE question_id = :q")
                .param("q", questionId)
                .query(Integer.class)
                .single();
    }

    private int voteCount(long questionId) {
        return published
                .publishedQuestion(questionId)
                .map(QuestionCard::voteCount)
                .orElseThrow();
    }

    private void merge(long duplicate, long original) {
        acting.run(Demo.MODERATOR, () -> moderation.merge(duplicate, original));
    }

    @Test
    void merge_moves_votes_once_without_the_originals_author_and_the_duplicate_leaves_every_public_list() {
        var p = fixtures.programme("OPEN");
        var originalAuthor = residents.register("Original Author");
        var duplicateAuthor = residents.register("Duplicate Author");
        var word = Words.unique();
        long original =
                residents.askAndApprove(originalAuthor, p.topicId(), "When will every district have gigabit fibre?");
        long duplicate =
                residents.askAndApprove(duplicateAuthor, p.topicId(), "Gigabit fibre in my district " + word + "?");
        var both = residents.register();
        var onlyDuplicate = residents.register();
        var onlyOriginal = residents.register();
        vote(both, original);
        vote(both, duplicate);
        vote(onlyDuplicate, duplicate);
        vote(onlyOriginal, original);
        vote(originalAuthor, duplicate); // may not vote for the original itself: must not gain a vote there
        assertThat(voteCount(original)).isEqualTo(2);
        assertThat(voteCount(duplicate)).isEqualTo(3);
        long comment = acting.as(residents.register(), () -> submissions.comment(p.topicId(), duplicate, "Same here"));
        residents.approve(comment);
        var follower = residents.register();
        acting.run(follower, () -> notifications.follow(FollowTarget.QUESTION, duplicate));
        long questionsBefore =
                published.countsByTopic(Set.of(p.topicId())).get(p.topicId()).questions();
        assertThat(search.search(SearchQuery.of(word)))
                .extracting(SearchHit::id)
                .contains(duplicate);

        merge(duplicate, original);

        // both, onlyOriginal, onlyDuplicate: three residents, each once; the original's author not at all
        assertThat(voteCount(original)).isEqualTo(3);
        assertThat(votesInTable(original)).isEqualTo(3);
        assertThat(votesInTable(duplicate)).isZero();
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM vote v JOIN account a ON a.id = v.account_id WHERE v.question_id = :q AND a.email = :e")
                        .param("q", original)
                        .param("e", originalAuthor)
                        .query(Integer.class)
                        .single())
                .isZero();

        assertThat(published.publishedQuestion(duplicate)).isEmpty();
        assertThat(published.publishedQuestions(p.topicId(), QuestionSort.NEWEST, 0, 100))
                .extracting(QuestionCard::id)
                .contains(original)
                .doesNotContain(duplicate);
        assertThat(published.wallQuestions(p.dialogueId(), 100))
                .extracting(QuestionCard::id)
                .doesNotContain(duplicate);
        assertThat(published.questionsOf(p.dialogueId()))
                .extracting(PublishedQuestion::id)
                .doesNotContain(duplicate);
        assertThat(published.countsByTopic(Set.of(p.topicId())).get(p.topicId()).questions())
                .isEqualTo(questionsBefore - 1);
        assertThat(search.search(SearchQuery.of(word)))
                .extracting(SearchHit::id)
                .doesNotContain(duplicate);
        assertThat(published.mergedInto(duplicate)).contains(original);

        // the comment joined the original's thread; the follower follows the original
        assertThat(published.publishedComments(Set.of(original)).getOrDefault(original, List.of()))
                .extracting(CommentCard::id)
                .contains(comment);
        assertThat(acting.as(follower, () -> notifications.isFollowing(FollowTarget.QUESTION, original)))
                .isTrue();
        assertThat(acting.as(follower, () -> notifications.isFollowing(FollowTarget.QUESTION, duplicate)))
                .isFalse();

        // the author sees it in "my submissions" and is told once, with a link to the original
        var mine = acting.as(duplicateAuthor, () -> submissions.mine(0, 10)).stream()
                .filter(s -> s.id() == duplicate)
                .findFirst()
                .orElseThrow();
        assertThat(mine.status()).isEqualTo(SubmissionStatus.MERGED);
        assertThat(mine.mergedInto()).isEqualTo(original);
        var merged = acting.as(duplicateAuthor, () -> notifications.notices(50)).stream()
                .filter(n -> n.kind() == NoticeKind.MERGED)
                .toList();
        assertThat(merged).hasSize(1);
        assertThat(merged.getFirst().questionId()).isEqualTo(original);
        assertThat(merged.getFirst().detail()).contains("gigabit fibre");
        assertThat(acting.as(originalAuthor, () -> notifications.notices(50)))
                .extracting(Notice::kind)
                .doesNotContain(NoticeKind.MERGED);

        var trail = acting.as(Demo.MODERATOR, () -> audit.trailOf("SUBMISSION", duplicate));
        assertThat(trail).extracting(AuditEntry::action).contains("SUBMISSION_MERGED");
        var entry = trail.stream()
                .filter(e -> e.action().equals("SUBMISSION_MERGED"))
                .findFirst()
                .orElseThrow();
        assertThat(entry.beforeState()).contains("PUBLISHED").contains("3 votes");
        assertThat(entry.afterState()).contains("MERGED into " + original).contains("2 → 3");

        // a second merge of the same duplicate is refused and moves nothing
        assertThatThrownBy(() -> merge(duplicate, original)).isInstanceOf(DomainException.class);
        assertThat(voteCount(original)).isEqualTo(3);
        assertThat(acting.as(duplicateAuthor, () -> notifications.notices(50)))
                .filteredOn(n -> n.kind() == NoticeKind.MERGED)
                .hasSize(1);
    }

    @Test
    void a_pending_question_merged_from_the_queue_leaves_the_queue_and_its_author_is_told() {
        var p = fixtures.programme("OPEN");
        long original = residents.askAndApprove(residents.register(), p.topicId(), "Will 5G reach the suburbs?");
        var author = residents.register();
        long pending = residents.asks(author, p.topicId(), "5G in the suburbs, when?");

        merge(pending, original);

        assertThat(acting.as(Demo.MODERATOR, () -> moderation.pendingItem(pending)))
                .isEmpty();
        assertThat(acting.as(author, () -> submissions.mine(0, 1)).getFirst().status())
                .isEqualTo(SubmissionStatus.MERGED);
        assertThat(acting.as(author, () -> notifications.notices(10)))
                .extracting(Notice::kind)
                .containsOnly(NoticeKind.MERGED);
        // the author may not vote for the original only because of the merge: no vote is invented
        assertThat(voteCount(original)).isZero();
    }

    @Test
    void questions_merged_into_a_duplicate_follow_it_to_the_original_and_an_already_merged_original_is_refused() {
        var p = fixtures.programme("OPEN");
        long original = residents.askAndApprove(residents.register(), p.topicId(), "Original question on data centres");
        long middle = residents.askAndApprove(residents.register(), p.topicId(), "Second question on data centres");
        long first = residents.askAndApprove(residents.register(), p.topicId(), "Third question on data centres");
        merge(first, middle);
        merge(middle, original);
        assertThat(published.mergedInto(first)).contains(original);

        long another = residents.askAndApprove(residents.register(), p.topicId(), "Fourth question on data centres");
        assertThatThrownBy(() -> merge(another, middle))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> {
                    assertThat(((DomainException) e).messageKey()).isEqualTo("merge.error.original-merged");
                    assertThat(((DomainException) e).arguments()).containsExactly(original);
                });
    }

    @Test
    void wrong_merges_are_refused_and_nothing_changes() {
        var p = fixtures.programme("OPEN");
        var other = fixtures.programme("OPEN");
        long original = residents.askAndApprove(residents.register(), p.topicId(), "A published question");
        long duplicate = residents.askAndApprove(residents.register(), p.topicId(), "A duplicate");
        long pendingOriginal = residents.asks(residents.register(), p.topicId(), "Not yet published");
        long elsewhere = residents.askAndApprove(residents.register(), other.topicId(), "Another programme's question");
        long comment = acting.as(residents.register(), () -> submissions.comment(p.topicId(), original, "A comment"));
        residents.approve(comment);

        assertThatThrownBy(() -> merge(duplicate, duplicate)).hasMessageContaining("merge.error.self");
        assertThatThrownBy(() -> merge(duplicate, pendingOriginal))
                .hasMessageContaining("merge.error.original-not-published");
        assertThatThrownBy(() -> merge(duplicate, elsewhere)).hasMessageContaining("merge.error.other-programme");
        assertThatThrownBy(() -> merge(comment, original)).hasMessageContaining("merge.error.not-question");
        assertThatThrownBy(() -> merge(duplicate, comment)).hasMessageContaining("merge.error.not-question");
        assertThatThrownBy(() -> acting.run(residents.register(), () -> moderation.merge(duplicate, original)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acting.run(Demo.STAFF, () -> moderation.merge(duplicate, original)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(
                        () -> acting.run(residents.register(), () -> moderation.mergeCandidates(duplicate, "", 0, 10)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(published.publishedQuestion(duplicate)).isPresent();
        assertThat(published.mergedInto(duplicate)).isEmpty();
    }

    @Test
    void candidates_are_published_questions_of_the_same_programme_found_by_words_or_number() {
        var p = fixtures.programme("OPEN");
        var word = Words.unique();
        long original =
                residents.askAndApprove(residents.register(), p.topicId(), "Robotaxis " + word + " on the ring road");
        long duplicate = residents.asks(residents.register(), p.topicId(), "Robotaxis again");
        long pendingOther = residents.asks(residents.register(), p.topicId(), "Robotaxis " + word + " pending");

        var byWord = acting.as(Demo.MODERATOR, () -> moderation.mergeCandidates(duplicate, word, 0, 10));
        assertThat(byWord).extracting(QuestionCard::id).containsExactly(original);
        var byNumber = acting.as(Demo.MODERATOR, () -> moderation.mergeCandidates(duplicate, "#" + original, 0, 10));
        assertThat(byNumber).extracting(QuestionCard::id).containsExactly(original);
        var all = acting.as(Demo.MODERATOR, () -> moderation.mergeCandidates(duplicate, "", 0, 50));
        assertThat(all).extracting(QuestionCard::id).contains(original).doesNotContain(duplicate, pendingOther);
    }

    @Test
    void two_moderators_merging_the_same_duplicate_at_once_merge_it_once() throws Exception {
        var p = fixtures.programme("OPEN");
        long first = residents.askAndApprove(residents.register(), p.topicId(), "First original on air quality");
        long second = residents.askAndApprove(residents.register(), p.topicId(), "Second original on air quality");
        long duplicate = residents.askAndApprove(residents.register(), p.topicId(), "Air quality, again");
        var voters = List.of(residents.register(), residents.register(), residents.register());
        voters.forEach(v -> vote(v, duplicate));
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(() -> {
                start.await();
                merge(duplicate, first);
                return true;
            });
            var b = pool.submit(() -> {
                start.await();
                merge(duplicate, second);
                return true;
            });
            start.countDown();
            int merged = 0;
            for (var f : List.of(a, b)) {
                try {
                    f.get(30, TimeUnit.SECONDS);
                    merged++;
                } catch (ExecutionException e) {
                    assertThat(e.getCause())
                            .isInstanceOfAny(DomainException.class, OptimisticLockingFailureException.class);
                }
            }
            assertThat(merged).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        long target = published.mergedInto(duplicate).orElseThrow();
        long other = target == first ? second : first;
        assertThat(voteCount(target)).isEqualTo(3);
        assertThat(votesInTable(target)).isEqualTo(3);
        assertThat(voteCount(other)).isZero();
        assertThat(votesInTable(duplicate)).isZero();
    }
}
