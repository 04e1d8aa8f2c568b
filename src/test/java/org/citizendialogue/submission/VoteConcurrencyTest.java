package org.citizendialogue.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.citizendialogue.account.AccountService;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.support.Acting;
import org.citizendialogue.support.Fixtures;
import org.citizendialogue.support.IntegrationTest;
import org.citizendialogue.support.Residents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/** Votes on the real MariaDB, many at once: never lost, never doubled. */
@IntegrationTest
class VoteConcurrencyTest {

    @Autowired
    Residents residents;

    @Autowired
    SubmissionService submissions;

    @Autowired
    PublishedSubmissions published;

    @Autowired
    AccountService accounts;

    @Autowired
    Acting acting;

    @Autowired
    Fixtures fixtures;

    private String resident(String name) {
        return residents.register(name);
    }

    private long publishedQuestion(String author) {
        var programme = fixtures.programme("OPEN");
        return residents.askAndApprove(author, programme.topicId(), "Vote on me, all of you");
    }

    @Test
    void fifty_residents_voting_at_once_give_exactly_fifty() throws Exception {
        long id = publishedQuestion(resident("author"));
        var voters = new ArrayList<String>();
        for (int i = 0; i < 50; i++) {
            voters.add(resident("voter" + i));
        }
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(50)) {
            var results = new ArrayList<Future<Integer>>();
            for (var voter : voters) {
                results.add(pool.submit(() -> {
                    start.await();
                    return acting.as(voter, () -> submissions.vote(id));
                }));
            }
            start.countDown();
            for (var result : results) {
                result.get();
            }
        }
        assertThat(published.publishedQuestion(id).orElseThrow().voteCount()).isEqualTo(50);
    }

    @Test
    void a_repeated_vote_counts_once_and_can_be_taken_back_once() throws Exception {
        long id = publishedQuestion(resident("author"));
        var voter = resident("voter");
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(10)) {
            var results = new ArrayList<Future<Integer>>();
            for (int i = 0; i < 10; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return acting.as(voter, () -> submissions.vote(id));
                }));
            }
            start.countDown();
            for (var result : results) {
                result.get();
            }
        }
        assertThat(published.publishedQuestion(id).orElseThrow().voteCount()).isEqualTo(1);
        assertThat(acting.as(voter, () -> submissions.myVotes(Set.of(id)))).containsExactly(id);
        acting.run(voter, () -> submissions.unvote(id));
        acting.run(voter, () -> submissions.unvote(id));
        assertThat(published.publishedQuestion(id).orElseThrow().voteCount()).isZero();
    }

    @Test
    void nobody_votes_for_their_own_question_and_visitors_cannot_vote() {
        var author = resident("author");
        long id = publishedQuestion(author);
        assertThatThrownBy(() -> acting.run(author, () -> submissions.vote(id)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("vote.error.own");
        assertThatThrownBy(() -> submissions.vote(id))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
        assertThat(published.publishedQuestion(id).orElseThrow().voteCount()).isZero();
    }
}
