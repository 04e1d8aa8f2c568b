package org.citizendialogue.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.citizendialogue.audit.AuditEntry;
import org.citizendialogue.audit.AuditLog;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.submission.PublishedSubmissions;
import org.citizendialogue.submission.QueueFilter;
import org.citizendialogue.submission.QueueItem;
import org.citizendialogue.submission.RejectionReason;
import org.citizendialogue.submission.SubmissionKind;
import org.citizendialogue.submission.SubmissionModeration;
import org.citizendialogue.submission.SubmissionService;
import org.citizendialogue.submission.SubmissionStatus;
import org.citizendialogue.support.Acting;
import org.citizendialogue.support.Demo;
import org.citizendialogue.support.Fixtures;
import org.citizendialogue.support.IntegrationTest;
import org.citizendialogue.support.Moderators;
import org.citizendialogue.support.MovableClock;
import org.citizendialogue.support.Residents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * The moderation queue during a flood, on the real MariaDB: filters narrow the query, bulk
 * decisions check every item on its own, and claims are refused while live and lapse after the
 * configured time. Each test makes its own programmes, residents and moderators.
 */
@IntegrationTest
class ModerationQueueTest {

    @Autowired
    SubmissionService submissions;

    @Autowired
    PublishedSubmissions published;

    @Autowired
    SubmissionModeration moderation;

    @Autowired
    QueueService queue;

    @Autowired
    AuditLog audit;

    @Autowired
    Acting acting;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Residents residents;

    @Autowired
    Moderators moderators;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MovableClock clock;

    private List<Long> pendingIds(String moderator, QueueFilter filter) {
        return acting.as(moderator, () -> moderation.pending(filter, 0, 100)).stream()
                .map(QueueItem::id)
                .toList();
    }

    private long count(QueueFilter filter) {
        return acting.as(Demo.MODERATOR, () -> moderation.countPending(filter));
    }

    private QueueService.Seen seen(long id) {
        return new QueueService.Seen(id, residents.pendingVersion(id));
    }

    private List<AuditEntry> trail(long id) {
        return acting.as(Demo.MODERATOR, () -> audit.trailOf("SUBMISSION", id));
    }

    private SubmissionStatus status(long id) {
        return SubmissionStatus.valueOf(jdbc.sql("SELECT status FROM submission WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single());
    }

    @Test
    void each_filter_narrows_the_queue_and_the_counter_oldest_first() {
        var one = fixtures.programme("OPEN");
        var other = fixtures.programme("OPEN");
        long secondTopic = fixtures.addTopic(one, "second", "Second topic");
        long old = residents.asks(residents.register(), one.topicId(), "Waiting for twenty minutes already");
        clock.advance(Duration.ofMinutes(20));
        long question = residents.asks(residents.register(), one.topicId(), "A question on the first topic");
        long comment = acting.as(residents.register(), () -> submissions.comment(secondTopic, null, "话题评论：第二个话题"));
        long elsewhere = residents.asks(residents.register(), other.topicId(), "A question in another programme");

        var programme = new QueueFilter(one.dialogueId(), null, null, null);
        assertThat(pendingIds(Demo.MODERATOR, programme)).containsExactly(old, question, comment);
        assertThat(count(programme)).isEqualTo(3);
        assertThat(pendingIds(Demo.MODERATOR, new QueueFilter(one.dialogueId(), secondTopic, null, null)))
                .containsExactly(comment);
        assertThat(pendingIds(Demo.MODERATOR, new QueueFilter(null, one.topicId(), null, null)))
                .containsExactly(old, question);
        assertThat(pendingIds(Demo.MODERATOR, new QueueFilter(one.dialogueId(), null, SubmissionKind.COMMENT, null)))
                .containsExactly(comment);
        assertThat(pendingIds(Demo.MODERATOR, new QueueFilter(one.dialogueId(), null, SubmissionKind.QUESTION, null)))
                .containsExactly(old, question);
        var olderThan15 = new QueueFilter(one.dialogueId(), null, null, Duration.ofMinutes(15));
        assertThat(pendingIds(Demo.MODERATOR, olderThan15)).containsExactly(old);
        assertThat(count(olderThan15)).isEqualTo(1);
        assertThat(pendingIds(Demo.MODERATOR, new QueueFilter(other.dialogueId(), null, null, null)))
                .containsExactly(elsewhere);
        assertThat(pendingIds(Demo.MODERATOR, QueueFilter.ALL)).contains(old, question, comment, elsewhere);
        assertThat(count(QueueFilter.ALL)).isEqualTo(published.countPending());
    }

    @Test
    void the_queue_is_paged_never_loaded_whole() {
        var p = fixtures.programme("OPEN");
        for (int i = 0; i < 7; i++) {
            residents.asks(residents.register(), p.topicId(), "Flood item " + i);
        }
        var filter = new QueueFilter(p.dialogueId(), null, null, null);
        var first = acting.as(Demo.MODERATOR, () -> moderation.pending(filter, 0, 5));
        var rest = acting.as(Demo.MODERATOR, () -> moderation.pending(filter, 5, 5));
        assertThat(first).hasSize(5);
        assertThat(rest).hasSize(2);
        assertThat(first.getLast().submittedAt())
                .isBeforeOrEqualTo(rest.getFirst().submittedAt());
    }

    @Test
    void bulk_approve_decides_each_item_and_names_the_ones_a_colleague_decided_first() {
        var p = fixtures.programme("OPEN");
        long a = residents.asks(residents.register(), p.topicId(), "Bulk one");
        long b = residents.asks(residents.register(), p.topicId(), "Bulk two");
        long c = residents.asks(residents.register(), p.topicId(), "Bulk three");
        var selection = List.of(seen(a), seen(b), seen(c));
        acting.run(Demo.MODERATOR, () -> moderation.reject(b, residents.pendingVersion(b), RejectionReason.SPAM, null));

        var colleague = moderators.register("Second Colleague");
        var result = acting.as(colleague, () -> queue.approveAll(selection));

        assertThat(result.succeeded()).isEqualTo(2);
        assertThat(result.alreadyDecided()).containsExactly(b);
        assertThat(status(a)).isEqualTo(SubmissionStatus.PUBLISHED);
        assertThat(status(b)).as("the colleague's decision stands").isEqualTo(SubmissionStatus.REJECTED);
        assertThat(status(c)).isEqualTo(SubmissionStatus.PUBLISHED);
        assertThat(trail(a))
                .extracting(e -> e.action() + " by " + e.actorName())
                .containsExactly("SUBMISSION_APPROVED by Second Colleague");
        assertThat(trail(b)).extracting(e -> e.action()).containsExactly("SUBMISSION_REJECTED");
    }

    @Test
    void bulk_reject_gives_every_author_the_one_reason_and_keeps_the_note_private() {
        var p = fixtures.programme("OPEN");
        var author = residents.register();
        long a = acting.as(author, () -> submissions.ask(p.topicId(), "Spam one"));
        long b = acting.as(author, () -> submissions.ask(p.topicId(), "Spam two"));
        var result = acting.as(
                Demo.MODERATOR,
                () -> queue.rejectAll(List.of(seen(a), seen(b)), RejectionReason.SPAM, "same advert twice"));
        assertThat(result.succeeded()).isEqualTo(2);
        assertThat(result.alreadyDecided()).isEmpty();
        var mine = acting.as(author, () -> submissions.mine(0, 10));
        assertThat(mine).filteredOn(s -> s.id() == a || s.id() == b).allSatisfy(s -> {
            assertThat(s.status()).isEqualTo(SubmissionStatus.REJECTED);
            assertThat(s.rejectionReason()).isEqualTo(RejectionReason.SPAM);
        });
        assertThat(trail(b)).extracting(e -> e.detail()).containsExactly("SPAM: same advert twice");
    }

    @Test
    void a_bulk_reject_without_a_reason_or_with_a_note_too_long_is_refused_before_deciding_anything() {
        var p = fixtures.programme("OPEN");
        long a = residents.asks(residents.register(), p.topicId(), "Still pending after a refused bulk");
        assertThatThrownBy(() -> acting.run(Demo.MODERATOR, () -> queue.rejectAll(List.of(seen(a)), null, null)))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> acting.run(
                        Demo.MODERATOR,
                        () -> queue.rejectAll(
                                List.of(seen(a)), RejectionReason.SPAM, "x".repeat(SubmissionService.NOTE_MAX + 1))))
                .isInstanceOf(DomainException.class);
        assertThat(status(a)).isEqualTo(SubmissionStatus.PENDING);
    }

    @Test
    void a_claim_is_refused_to_a_colleague_while_live_and_lapses_after_the_configured_time() {
        var p = fixtures.programme("OPEN");
        long id = residents.asks(residents.register(), p.topicId(), "Claimed during the flood");
        var first = moderators.register("First Claimer");
        var second = moderators.register("Second Claimer");

        var claim = acting.as(first, () -> queue.claim(id));
        assertThat(claim.moderatorName()).isEqualTo("First Claimer");
        assertThat(Duration.between(Instant.now(), claim.until()))
                .isBetween(queue.claimLapse().minusSeconds(30), queue.claimLapse());
        assertThatThrownBy(() -> acting.run(second, () -> queue.claim(id)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("moderation.claim.taken"));
        assertThat(acting.as(second, () -> queue.claims(List.of(id))).get(id).moderatorName())
                .isEqualTo("First Claimer");

        clock.advance(queue.claimLapse().minusSeconds(10));
        assertThatThrownBy(() -> acting.run(second, () -> queue.claim(id)))
                .as("still live just before the lapse")
                .isInstanceOf(DomainException.class);

        clock.advance(Duration.ofSeconds(11));
        assertThat(acting.as(second, () -> queue.claims(List.of(id))))
                .as("a lapsed claim is ignored")
                .isEmpty();
        assertThat(acting.as(second, () -> queue.claim(id)).moderatorName()).isEqualTo("Second Claimer");
        assertThat(acting.as(first, () -> queue.claims(List.of(id))).get(id).moderatorName())
                .isEqualTo("Second Claimer");
    }

    @Test
    void deciding_an_item_releases_its_claim_and_a_decided_item_cannot_be_claimed() {
        var p = fixtures.programme("OPEN");
        long id = residents.asks(residents.register(), p.topicId(), "Claimed then approved");
        acting.run(Demo.MODERATOR, () -> queue.claim(id));
        acting.run(Demo.MODERATOR, () -> moderation.approve(id, residents.pendingVersion(id)));
        assertThat(acting.as(Demo.MODERATOR, () -> queue.claims(List.of(id))))
                .as("no claim left")
                .isEmpty();
        assertThatThrownBy(() -> acting.run(Demo.MODERATOR, () -> queue.claim(id)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("error.already-decided"));
    }

    @Test
    void merging_a_claimed_pending_question_drops_its_claim() {
        var p = fixtures.programme("OPEN");
        long original = residents.publishedQuestion(p.topicId(), "The original of a claimed duplicate");
        long duplicate = residents.asks(residents.register(), p.topicId(), "A claimed duplicate");
        acting.run(Demo.MODERATOR, () -> queue.claim(duplicate));
        acting.run(Demo.MODERATOR, () -> moderation.merge(duplicate, original));
        assertThat(acting.as(Demo.MODERATOR, () -> queue.claims(List.of(duplicate))))
                .as("no claim left")
                .isEmpty();
    }

    @Test
    void releasing_leaves_a_colleagues_claim_alone() {
        var p = fixtures.programme("OPEN");
        long id = residents.asks(residents.register(), p.topicId(), "Released by its holder only");
        var colleague = moderators.register("Holder");
        acting.run(colleague, () -> queue.claim(id));
        acting.run(Demo.MODERATOR, () -> queue.release(id));
        assertThat(acting.as(Demo.MODERATOR, () -> queue.claims(List.of(id)))).containsKey(id);
        acting.run(colleague, () -> queue.release(id));
        assertThat(acting.as(Demo.MODERATOR, () -> queue.claims(List.of(id)))).isEmpty();
    }

    @Test
    void a_resident_cannot_filter_the_queue_claim_or_decide_in_bulk() {
        var p = fixtures.programme("OPEN");
        long id = residents.asks(residents.register(), p.topicId(), "Not for residents to decide");
        var resident = residents.register();
        assertThatThrownBy(() -> acting.run(resident, () -> moderation.pending(QueueFilter.ALL, 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acting.run(resident, () -> queue.claim(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acting.run(resident, () -> queue.approveAll(List.of(new QueueService.Seen(id, 0)))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acting.run(
                        resident,
                        () -> queue.rejectAll(List.of(new QueueService.Seen(id, 0)), RejectionReason.SPAM, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(status(id)).isEqualTo(SubmissionStatus.PENDING);
    }
}
