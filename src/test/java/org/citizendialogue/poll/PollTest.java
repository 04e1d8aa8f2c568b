package org.citizendialogue.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.citizendialogue.shared.DomainException;
import org.citizendialogue.support.Acting;
import org.citizendialogue.support.Demo;
import org.citizendialogue.support.Fixtures;
import org.citizendialogue.support.IntegrationTest;
import org.citizendialogue.support.Residents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Live polls on MariaDB (issue 17, part 3): only staff of the programme run them, one open per
 * programme (opening another closes the first only when confirmed), only while OPEN or LIVE;
 * one vote per resident, changeable while open, counted exactly when fifty vote at once;
 * suspended residents and closed polls refused.
 */
@IntegrationTest
class PollTest {

    @Autowired
    Polls polls;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Residents residents;

    @Autowired
    Acting acting;

    @Autowired
    JdbcClient jdbc;

    private static PollDraft draft(String question) {
        return new PollDraft(
                question,
                "中文：" + question,
                List.of(
                        new PollDraft.Option("Yes", "是"),
                        new PollDraft.Option("No", "否"),
                        new PollDraft.Option("", "")));
    }

    private long preparedPoll(Fixtures.Programme programme, String question) {
        return acting.as(Demo.STAFF, () -> polls.prepare(programme.dialogueId(), draft(question)));
    }

    private Poll poll(long id) {
        return polls.poll(id).orElseThrow();
    }

    @Test
    void staff_of_the_programme_prepare_and_open_one_poll_at_a_time() {
        var programme = fixtures.staffedProgramme("LIVE");
        long first = preparedPoll(programme, "Should the data exchange open on weekends?");
        long second = preparedPoll(programme, "Which district next?");
        assertThat(acting.as(Demo.STAFF, () -> polls.forStaff(programme.dialogueId())))
                .hasSize(2);
        assertThat(acting.as(Demo.RESIDENT, () -> polls.poll(first)))
                .as("prepared polls are staff only")
                .isEmpty();

        acting.run(Demo.STAFF, () -> polls.open(first, false));
        assertThatThrownBy(() -> acting.run(Demo.STAFF, () -> polls.open(second, false)))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "poll.error.another-open");
        assertThat(poll(first).status()).isEqualTo(PollStatus.OPEN);

        acting.run(Demo.STAFF, () -> polls.open(second, true));

        assertThat(poll(first).status()).isEqualTo(PollStatus.CLOSED);
        assertThat(poll(second).status()).isEqualTo(PollStatus.OPEN);
        assertThat(polls.openIn(programme.dialogueId()).orElseThrow().id()).isEqualTo(second);
        assertThat(polls.closedIn(programme.dialogueId())).extracting(Poll::id).containsExactly(first);
        assertThat(poll(first).options()).as("empty option rows are left out").hasSize(2);
        assertThat(poll(first).question().in(Locale.SIMPLIFIED_CHINESE)).startsWith("中文：");
    }

    @Test
    void staff_of_another_programme_and_residents_cannot_run_polls() {
        var unstaffed = fixtures.programme("LIVE");
        assertThatThrownBy(() -> acting.as(Demo.STAFF, () -> polls.prepare(unstaffed.dialogueId(), draft("Not mine"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(
                        () -> acting.as(Demo.RESIDENT, () -> polls.prepare(unstaffed.dialogueId(), draft("Not mine"))))
                .isInstanceOf(AccessDeniedException.class);
        long id = acting.as(Demo.ADMIN, () -> polls.prepare(unstaffed.dialogueId(), draft("Admins may")));
        assertThatThrownBy(() -> acting.run(Demo.STAFF, () -> polls.open(id, false)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_poll_opens_only_while_the_programme_is_open_or_live() {
        var closed = fixtures.staffedProgramme("CLOSED");
        long id = preparedPoll(closed, "After the broadcast?");
        assertThatThrownBy(() -> acting.run(Demo.STAFF, () -> polls.open(id, false)))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "poll.error.not-live");
    }

    @Test
    void bad_drafts_are_refused_at_their_field() {
        var programme = fixtures.staffedProgramme("OPEN");
        assertThatThrownBy(() -> acting.as(
                        Demo.STAFF,
                        () -> polls.prepare(
                                programme.dialogueId(),
                                new PollDraft(
                                        " ",
                                        null,
                                        List.of(new PollDraft.Option("a", null), new PollDraft.Option("b", null))))))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("field", "question");
        assertThatThrownBy(() -> acting.as(
                        Demo.STAFF,
                        () -> polls.prepare(
                                programme.dialogueId(),
                                new PollDraft("Only one option?", null, List.of(new PollDraft.Option("a", null))))))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("field", "options");
        assertThatThrownBy(() -> acting.as(
                        Demo.STAFF,
                        () -> polls.prepare(
                                programme.dialogueId(),
                                new PollDraft(
                                        "Too long?",
                                        null,
                                        List.of(
                                                new PollDraft.Option("x".repeat(101), null),
                                                new PollDraft.Option("b", null))))))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("field", "option1");
    }

    @Test
    void a_resident_votes_once_may_change_while_open_and_not_after() {
        var programme = fixtures.staffedProgramme("LIVE");
        long id = preparedPoll(programme, "Yes or no?");
        acting.run(Demo.STAFF, () -> polls.open(id, false));
        var yes = poll(id).options().get(0).id();
        var no = poll(id).options().get(1).id();
        var email = residents.register("Poll Voter");

        acting.run(email, () -> polls.vote(id, yes));
        acting.run(email, () -> polls.vote(id, yes));
        assertThat(poll(id).options()).extracting(Poll.Option::votes).containsExactly(1, 0);
        acting.run(email, () -> polls.vote(id, no));
        assertThat(poll(id).options()).extracting(Poll.Option::votes).containsExactly(0, 1);
        assertThat(acting.as(email, () -> polls.openIn(programme.dialogueId()))
                        .orElseThrow()
                        .myChoice())
                .isEqualTo(no);

        acting.run(Demo.STAFF, () -> polls.close(id));
        assertThatThrownBy(() -> acting.run(email, () -> polls.vote(id, yes)))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "poll.error.closed");
        assertThat(poll(id).options()).extracting(Poll.Option::votes).containsExactly(0, 1);
    }

    @Test
    void a_suspended_resident_cannot_vote() {
        var programme = fixtures.staffedProgramme("LIVE");
        long id = preparedPoll(programme, "Suspended?");
        acting.run(Demo.STAFF, () -> polls.open(id, false));
        long option = poll(id).options().get(0).id();
        assertThatThrownBy(() -> acting.run("gao.min@example.org", () -> polls.vote(id, option)))
                .isInstanceOf(DomainException.class);
        assertThat(poll(id).totalVotes()).isZero();
    }

    @Test
    void fifty_residents_voting_at_once_are_counted_exactly() throws Exception {
        var programme = fixtures.staffedProgramme("LIVE");
        long id = preparedPoll(programme, "All at once?");
        acting.run(Demo.STAFF, () -> polls.open(id, false));
        var options = poll(id).options();
        var voters = new ArrayList<String>();
        for (int i = 0; i < 50; i++) {
            voters.add(residents.register("Poll Crowd " + i));
        }
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(50)) {
            var results = new ArrayList<Future<?>>();
            for (int i = 0; i < voters.size(); i++) {
                var voter = voters.get(i);
                var option = options.get(i % 2).id();
                results.add(pool.submit(() -> {
                    start.await();
                    acting.run(voter, () -> polls.vote(id, option));
                    acting.run(voter, () -> polls.vote(id, option));
                    return null;
                }));
            }
            start.countDown();
            for (var result : results) {
                result.get();
            }
        }
        assertThat(poll(id).options()).extracting(Poll.Option::votes).containsExactly(25, 25);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM poll_vote WHERE poll_id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(50);
    }
}
