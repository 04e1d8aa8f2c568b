package org.citizendialogue.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.awaitility.Awaitility;
import org.citizendialogue.account.AccountAdmin;
import org.citizendialogue.account.AccountService;
import org.citizendialogue.account.RegistrationDraft;
import org.citizendialogue.account.Suspensions;
import org.citizendialogue.audit.AuditLog;
import org.citizendialogue.audit.AuditQuery;
import org.citizendialogue.report.ReportReason;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.Roles;
import org.citizendialogue.submission.PublishedSubmissions;
import org.citizendialogue.submission.SubmissionService;
import org.citizendialogue.support.Acting;
import org.citizendialogue.support.Demo;
import org.citizendialogue.support.Fixtures;
import org.citizendialogue.support.IntegrationTest;
import org.citizendialogue.support.Residents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Suspensions on the real MariaDB: a suspended resident reads but cannot ask, comment, vote or
 * report, and is told why and until when; suspensions end by themselves or when lifted; who may
 * suspend whom. Every test suspends accounts of its own, never a demo account.
 */
@IntegrationTest
class SuspensionTest {

    private static final long DEMO_MODERATOR_ID = 2;

    @Autowired
    Suspensions suspensions;

    @Autowired
    SubmissionService submissions;

    @Autowired
    PublishedSubmissions published;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountAdmin accountAdmin;

    @Autowired
    AuditLog audit;

    @Autowired
    Acting acting;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Residents residents;

    private record Person(long id, String email) {}

    private Person newResident() {
        var email = "suspend-" + System.nanoTime() + "@example.org";
        accounts.register(new RegistrationDraft(email, "Suspension Tester", Residents.PASSWORD, true));
        residents.confirm(email);
        return new Person(residents.idOf(email), email);
    }

    private static void refusedAsSuspended(Runnable action, String reason) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("suspension.refused");
            var english = e.arguments(Locale.ENGLISH);
            var chinese = e.arguments(Locale.SIMPLIFIED_CHINESE);
            assertThat(english[1]).isEqualTo(reason);
            assertThat((String) english[0]).matches(".*\\d{1,2}:\\d{2}.*");
            assertThat((String) chinese[0]).contains("年").isNotEqualTo(english[0]);
        });
    }

    @Test
    void a_suspended_resident_cannot_ask_comment_vote_or_report_and_is_told_why_and_until_when() {
        var p = fixtures.programme("OPEN");
        long question = residents.publishedQuestion(p.topicId(), "A published question others may vote on");
        var resident = newResident();
        acting.run(Demo.MODERATOR, () -> suspensions.suspendFor(resident.id(), "Repeated spam", Duration.ofDays(1)));

        acting.run(resident.email(), () -> {
            refusedAsSuspended(() -> submissions.ask(p.topicId(), "Can I still ask?"), "Repeated spam");
            refusedAsSuspended(() -> submissions.comment(p.topicId(), null, "A comment"), "Repeated spam");
            refusedAsSuspended(() -> submissions.comment(p.topicId(), question, "A reply"), "Repeated spam");
            refusedAsSuspended(() -> submissions.vote(question), "Repeated spam");
            refusedAsSuspended(() -> submissions.unvote(question), "Repeated spam");
            refusedAsSuspended(() -> submissions.report(question, ReportReason.SPAM, null), "Repeated spam");
            // reading still works
            assertThat(published.publishedQuestion(question)).isPresent();
            assertThat(suspensions.mine()).get().satisfies(s -> {
                assertThat(s.reason()).isEqualTo("Repeated spam");
                assertThat(s.untilAt()).isAfter(Instant.now().plus(Duration.ofHours(23)));
            });
        });
        var entries = acting.as(Demo.ADMIN, () -> audit.trailOf("ACCOUNT", resident.id()));
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("ACCOUNT_SUSPENDED");
            assertThat(e.actorId()).isEqualTo(DEMO_MODERATOR_ID);
            assertThat(e.detail()).isEqualTo("Repeated spam");
        });
    }

    @Test
    void a_suspension_ends_by_itself_at_its_end_time() {
        var p = fixtures.programme("OPEN");
        var resident = newResident();
        acting.run(Demo.MODERATOR, () -> suspensions.suspendFor(resident.id(), "Cool down", Duration.ofSeconds(2)));
        acting.run(
                resident.email(),
                () -> refusedAsSuspended(() -> submissions.ask(p.topicId(), "Too early"), "Cool down"));
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(250))
                .until(() ->
                        acting.as(resident.email(), () -> suspensions.mine().isEmpty()));
        long id = acting.as(resident.email(), () -> submissions.ask(p.topicId(), "Back again"));
        assertThat(id).isPositive();
        assertThat(acting.as(Demo.MODERATOR, () -> suspensions.inForceAmong(List.of(resident.id()))))
                .isEmpty();
    }

    @Test
    void lifting_ends_a_suspension_at_once_and_is_audited() {
        var p = fixtures.programme("OPEN");
        var resident = newResident();
        acting.run(
                Demo.MODERATOR,
                () -> suspensions.suspendThrough(
                        resident.id(),
                        "Insults",
                        LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(3)));
        assertThat(acting.as(Demo.MODERATOR, () -> suspensions.inForce(0, 100)))
                .anySatisfy(s -> assertThat(s.accountId()).isEqualTo(resident.id()));
        acting.run(Demo.MODERATOR, () -> suspensions.lift(resident.id()));
        assertThat(acting.as(Demo.MODERATOR, () -> suspensions.inForce(0, 100)))
                .noneSatisfy(s -> assertThat(s.accountId()).isEqualTo(resident.id()));
        assertThat(acting.as(resident.email(), () -> submissions.ask(p.topicId(), "Lifted, so I ask")))
                .isPositive();
        assertThat(acting.as(Demo.MODERATOR, () -> audit.trailOf("ACCOUNT", resident.id())))
                .extracting(e -> e.action())
                .containsSubsequence("ACCOUNT_SUSPENDED", "SUSPENSION_LIFTED");
        // history is kept: a new suspension after the lift is allowed
        acting.run(Demo.MODERATOR, () -> suspensions.suspendFor(resident.id(), "Again", Duration.ofHours(1)));
        assertThat(acting.as(resident.email(), () -> suspensions.mine()))
                .get()
                .extracting(s -> s.reason())
                .isEqualTo("Again");
    }

    @Test
    void a_resident_or_staff_cannot_suspend_or_lift() {
        var target = newResident();
        var other = newResident();
        assertThatThrownBy(() -> acting.run(
                        other.email(),
                        () -> suspensions.suspendFor(target.id(), "I do not like them", Duration.ofDays(1))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acting.run(
                        Demo.STAFF, () -> suspensions.suspendFor(target.id(), "Staff cannot", Duration.ofDays(1))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acting.run(other.email(), () -> suspensions.lift(target.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acting.run(other.email(), () -> suspensions.inForce(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_moderator_cannot_suspend_a_moderator_but_an_admin_can_and_nobody_suspends_themselves() {
        var colleague = newResident();
        acting.run(Demo.ADMIN, () -> accountAdmin.grant(colleague.id(), Roles.MODERATOR));
        Consumer<Runnable> privileged = action -> assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("suspension.error.privileged"));
        privileged.accept(() -> acting.run(
                Demo.MODERATOR, () -> suspensions.suspendFor(colleague.id(), "Colleague", Duration.ofDays(1))));
        acting.run(Demo.ADMIN, () -> suspensions.suspendFor(colleague.id(), "Admin decision", Duration.ofDays(1)));
        assertThat(acting.as(colleague.email(), () -> suspensions.mine())).isPresent();
        privileged.accept(() -> acting.run(Demo.MODERATOR, () -> suspensions.lift(colleague.id())));
        acting.run(Demo.ADMIN, () -> suspensions.lift(colleague.id()));
        assertThatThrownBy(() -> acting.run(
                        colleague.email(), () -> suspensions.suspendFor(colleague.id(), "Myself", Duration.ofDays(1))))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("suspension.error.self"));
        assertThatThrownBy(() -> acting.run(
                        Demo.MODERATOR, () -> suspensions.suspendFor(DEMO_MODERATOR_ID, "Myself", Duration.ofDays(1))))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void the_reason_is_required_and_limited_and_the_end_must_be_in_the_future() {
        var target = newResident();
        assertThatThrownBy(() ->
                        acting.run(Demo.MODERATOR, () -> suspensions.suspendFor(target.id(), "  ", Duration.ofDays(1))))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> acting.run(
                        Demo.MODERATOR, () -> suspensions.suspendFor(target.id(), "长".repeat(501), Duration.ofDays(1))))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("reason");
                    assertThat(e.messageKey()).isEqualTo("validation.too-long");
                });
        assertThatThrownBy(() -> acting.run(
                        Demo.MODERATOR,
                        () -> suspensions.suspendThrough(
                                target.id(), "Past", LocalDate.now().minusDays(2))))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("until"));
        assertThatThrownBy(() ->
                        acting.run(Demo.MODERATOR, () -> suspensions.suspendThrough(target.id(), "No date", null)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("until"));
        // a reason of exactly 500 Chinese characters (and an emoji) fits
        acting.run(
                Demo.MODERATOR, () -> suspensions.suspendFor(target.id(), "长".repeat(499) + "🙂", Duration.ofDays(1)));
        assertThat(acting.as(target.email(), () -> suspensions.mine()))
                .get()
                .extracting(s -> s.reason())
                .isEqualTo("长".repeat(499) + "🙂");
    }

    @Test
    void the_audit_query_filters_by_action_actor_programme_and_dates_and_is_refused_to_residents_and_staff() {
        var p = fixtures.programme("OPEN");
        var other = fixtures.programme("OPEN");
        long mine = residents.publishedQuestion(p.topicId(), "Audited in this programme");
        long elsewhere = residents.publishedQuestion(other.topicId(), "Audited in another programme");
        var target = newResident();
        acting.run(Demo.MODERATOR, () -> suspensions.suspendFor(target.id(), "For the audit", Duration.ofHours(1)));

        var inProgramme = acting.as(
                Demo.MODERATOR, () -> audit.search(new AuditQuery(null, null, p.dialogueId(), null, null), 0, 50));
        assertThat(inProgramme)
                .anySatisfy(e -> assertThat(e.targetId()).isEqualTo(mine))
                .noneSatisfy(e -> assertThat(e.targetId()).isEqualTo(elsewhere))
                .allSatisfy(e -> assertThat(e.targetType()).isIn("SUBMISSION", "TOPIC", "DIALOGUE", "ANSWER"));
        assertThat(acting.as(Demo.MODERATOR, () -> audit.count(new AuditQuery(null, null, p.dialogueId(), null, null))))
                .isEqualTo(inProgramme.size());

        var approvals = acting.as(
                Demo.ADMIN,
                () -> audit.search(new AuditQuery("SUBMISSION_APPROVED", "wang", p.dialogueId(), null, null), 0, 50));
        assertThat(approvals).singleElement().satisfies(e -> {
            assertThat(e.targetId()).isEqualTo(mine);
            assertThat(e.actorName()).isEqualTo("Wang Fang");
        });
        assertThat(acting.as(
                        Demo.ADMIN,
                        () -> audit.search(
                                new AuditQuery("SUBMISSION_APPROVED", "nobody-like-this", p.dialogueId(), null, null),
                                0,
                                50)))
                .isEmpty();

        var now = Instant.now();
        var suspendedToday = acting.as(
                Demo.MODERATOR,
                () -> audit.search(
                        new AuditQuery(
                                "ACCOUNT_SUSPENDED",
                                null,
                                null,
                                now.minus(Duration.ofMinutes(5)),
                                now.plus(Duration.ofMinutes(5))),
                        0,
                        50));
        assertThat(suspendedToday).anySatisfy(e -> assertThat(e.targetId()).isEqualTo(target.id()));
        assertThat(acting.as(
                        Demo.MODERATOR,
                        () -> audit.search(
                                new AuditQuery("ACCOUNT_SUSPENDED", null, null, null, now.minus(Duration.ofDays(3650))),
                                0,
                                50)))
                .isEmpty();
        assertThat(acting.as(Demo.MODERATOR, () -> audit.actions()))
                .contains("SUBMISSION_APPROVED", "ACCOUNT_SUSPENDED");
        // the LIKE pattern is escaped: a % in the actor filter matches a literal %
        assertThat(acting.as(Demo.MODERATOR, () -> audit.count(new AuditQuery(null, "%", null, null, null))))
                .isZero();

        for (var refused : new String[] {Demo.RESIDENT, Demo.STAFF}) {
            assertThatThrownBy(() -> acting.run(refused, () -> audit.search(AuditQuery.all(), 0, 10)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> acting.run(refused, () -> audit.count(AuditQuery.all())))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
