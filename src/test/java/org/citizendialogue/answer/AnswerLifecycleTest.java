package org.citizendialogue.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Set;

import org.citizendialogue.account.AccountService;
import org.citizendialogue.shared.Bilingual;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.submission.DeskOrder;
import org.citizendialogue.submission.QuestionCard;
import org.citizendialogue.support.Acting;
import org.citizendialogue.support.Demo;
import org.citizendialogue.support.Fixtures;
import org.citizendialogue.support.IntegrationTest;
import org.citizendialogue.support.Residents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Answer states, drafts, revisions, commitments, templates and who may answer, on the real MariaDB. */
@IntegrationTest
class AnswerLifecycleTest {

    @Autowired
    Residents residents;

    @Autowired
    AnswerDesk answers;

    @Autowired
    OnAirDesk onAir;

    @Autowired
    ProgrammeStaffAdmin staffAdmin;

    @Autowired
    AnswerTemplates templates;

    @Autowired
    PublishedAnswers publishedAnswers;

    @Autowired
    AccountService accounts;

    @Autowired
    Acting acting;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    private String newResident() {
        return residents.register("Answer Tester");
    }

    @Test
    void a_draft_is_never_public_and_publishing_keeps_revisions_in_order() {
        long id = residents.publishedQuestion(Demo.TOPIC_ID, "Where can I see the yearly figures?");
        var draft = acting.as(Demo.STAFF, () -> answers.saveDraft(id, AnswerForm.answered("Draft text"), null));
        assertThat(publishedAnswers.forQuestions(Set.of(id))).isEmpty();
        assertThat(publishedAnswers.forQuestions(Set.of(id))).isEmpty();
        assertThat(publishedAnswers.revisionsOf(draft.answerId()))
                .as("a draft has no public history")
                .isEmpty();

        var first =
                acting.as(Demo.STAFF, () -> answers.publish(id, AnswerForm.answered("First version"), draft.version()));
        var second = acting.as(
                Demo.STAFF, () -> answers.publish(id, AnswerForm.answered("Second version"), first.version()));
        acting.run(
                Demo.STAFF,
                () -> answers.publish(
                        id,
                        new AnswerForm(
                                AnswerOutcome.LATER,
                                "Third version",
                                null,
                                null,
                                LocalDate.now().plusMonths(2),
                                null,
                                null),
                        second.version()));

        var revisions = publishedAnswers.revisionsOf(first.answerId());
        assertThat(revisions).extracting(AnswerRevision::revisionNo).containsExactly(1, 2, 3);
        assertThat(revisions)
                .extracting(AnswerRevision::body)
                .containsExactly("First version", "Second version", "Third version");
        assertThat(revisions).extracting(AnswerRevision::publishedAt).isSorted();
        var shown = publishedAnswers.forQuestions(Set.of(id)).get(id);
        assertThat(shown.edited()).isTrue();
        assertThat(shown.revisions()).isEqualTo(3);
        assertThat(shown.state()).isEqualTo(AnswerOutcome.LATER);
        assertThat(shown.publishedAt()).isEqualTo(revisions.getFirst().publishedAt());
        assertThat(shown.authorTitle()).startsWith("Spokesperson").doesNotContain("Chen Jie");
        assertThat(shown.bureauName()).isEqualTo(Demo.BUREAU);
    }

    @Test
    void an_answer_in_one_language_or_both_keeps_both_in_every_revision() {
        long id = residents.publishedQuestion(Demo.TOPIC_ID, "请问每年的数据在哪里公布？");
        var chineseOnly = new AnswerForm(AnswerOutcome.ANSWERED, null, null, null, null, null, null, "每年在政府工作报告中公布。");
        var first = acting.as(Demo.STAFF, () -> answers.publish(id, chineseOnly, null));
        var shown = publishedAnswers.forQuestions(Set.of(id)).get(id);
        assertThat(shown.text()).isEqualTo(Bilingual.of("每年在政府工作报告中公布。", null));
        var english = shown.text().shown(Bilingual.ENGLISH);
        assertThat(english.text())
                .as("an English reader gets the Chinese answer")
                .isEqualTo("每年在政府工作报告中公布。");
        assertThat(english.languageTag()).isEqualTo("zh-CN");
        assertThat(shown.bureau()).isEqualTo(Bilingual.of(Demo.BUREAU_ZH, Demo.BUREAU));

        acting.run(
                Demo.STAFF,
                () -> answers.publish(
                        id,
                        chineseOnly.withText(
                                Bilingual.of("每年在政府工作报告中公布。", "Every year, in the government work report.")),
                        first.version()));
        var revisions = publishedAnswers.revisionsOf(first.answerId());
        assertThat(revisions)
                .extracting(AnswerRevision::text)
                .containsExactly(
                        Bilingual.of("每年在政府工作报告中公布。", null),
                        Bilingual.of("每年在政府工作报告中公布。", "Every year, in the government work report."));
        assertThat(publishedAnswers.forQuestions(Set.of(id)).get(id).text().in(Bilingual.ENGLISH))
                .isEqualTo("Every year, in the government work report.");

        long other = residents.publishedQuestion(Demo.TOPIC_ID, "An answer in neither language?");
        assertThatThrownBy(() -> acting.run(
                        Demo.STAFF,
                        () -> answers.publish(
                                other,
                                new AnswerForm(AnswerOutcome.ANSWERED, " ", null, null, null, null, null, ""),
                                null)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("text.zh"));
    }

    @Test
    void forwarded_needs_a_department_and_where_to_follow_up_and_later_a_future_date() {
        long id = residents.publishedQuestion(Demo.TOPIC_ID, "Who handles broadband complaints?");
        assertThatThrownBy(() -> acting.run(
                        Demo.STAFF,
                        () -> answers.publish(
                                id,
                                new AnswerForm(AnswerOutcome.FORWARDED, "Handed on", null, null, null, null, null),
                                null)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("department"));
        assertThatThrownBy(() -> acting.run(
                        Demo.STAFF,
                        () -> answers.publish(
                                id,
                                new AnswerForm(
                                        AnswerOutcome.LATER,
                                        "Later",
                                        null,
                                        null,
                                        LocalDate.now().minusDays(1),
                                        null,
                                        null),
                                null)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("promisedDate"));
        assertThatThrownBy(() -> acting.run(
                        Demo.STAFF,
                        () -> answers.publish(
                                id,
                                new AnswerForm(AnswerOutcome.ANSWERED, "Text", null, null, null, "12.34", null),
                                null)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("recordingTime"));
        assertThat(publishedAnswers.forQuestions(Set.of(id)))
                .as("nothing saved by refusals")
                .isEmpty();

        acting.run(
                Demo.STAFF,
                () -> answers.publish(
                        id,
                        new AnswerForm(
                                AnswerOutcome.FORWARDED,
                                "Handed on to the office.",
                                "Municipal Communications Administration",
                                "Hotline 12345, case number on request",
                                null,
                                "12:34",
                                "https://example.org/recording"),
                        null));
        var shown = publishedAnswers.forQuestions(Set.of(id)).get(id);
        assertThat(shown.state()).isEqualTo(AnswerOutcome.FORWARDED);
        assertThat(shown.department()).isEqualTo("Municipal Communications Administration");
        assertThat(shown.recordingTime()).isEqualTo("12:34");
        assertThat(publishedAnswers.forQuestions(Set.of(id)).get(id).state())
                .as("open data reads the state too")
                .isEqualTo(AnswerOutcome.FORWARDED);
    }

    @Test
    void two_staff_editing_one_answer_the_second_is_told_and_nothing_is_overwritten() {
        long id = residents.publishedQuestion(Demo.TOPIC_ID, "Two editors question");
        var seen = acting.as(Demo.STAFF, () -> answers.saveDraft(id, AnswerForm.answered("first"), null));
        acting.run(Demo.STAFF, () -> answers.saveDraft(id, AnswerForm.answered("colleague"), seen.version()));
        assertThatThrownBy(() ->
                        acting.run(Demo.STAFF, () -> answers.publish(id, AnswerForm.answered("mine"), seen.version())))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(acting.as(Demo.STAFF, () -> answers.editorFor(id)).body()).isEqualTo("colleague");
        assertThat(publishedAnswers.forQuestions(Set.of(id))).isEmpty();
    }

    @Test
    void only_staff_answer_and_only_for_their_programmes() {
        long id = residents.publishedQuestion(Demo.TOPIC_ID, "Who may answer me?");
        var resident = newResident();
        assertThatThrownBy(() -> acting.run(resident, () -> answers.publish(id, AnswerForm.answered("me"), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(
                        () -> acting.run(Demo.MODERATOR, () -> answers.saveDraft(id, AnswerForm.answered("me"), null)))
                .isInstanceOf(AccessDeniedException.class);

        var other = fixtures.programme("OPEN");
        long elsewhere = residents.publishedQuestion(
                other.topicId(), "A question in a programme the demo staff do not answer for");
        assertThatThrownBy(
                        () -> acting.run(Demo.STAFF, () -> answers.publish(elsewhere, AnswerForm.answered("x"), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(acting.as(Demo.STAFF, () -> answers.desk(0, 100)))
                .extracting(QuestionCard::id)
                .contains(id)
                .doesNotContain(elsewhere);

        var unassigned = newResident();
        long unassignedId = residents.idOf(unassigned);
        jdbc.sql("INSERT INTO account_role (account_id, role) VALUES (:a, 'STAFF')")
                .param("a", unassignedId)
                .update();
        assertThat(acting.as(unassigned, () -> answers.desk(0, 100)))
                .as("no assignment, no programme")
                .isEmpty();
        assertThatThrownBy(() -> acting.run(unassigned, () -> answers.saveDraft(id, AnswerForm.answered("x"), null)))
                .isInstanceOf(AccessDeniedException.class);

        acting.run(Demo.ADMIN, () -> staffAdmin.assign(other.dialogueId(), unassignedId));
        acting.run(unassigned, () -> answers.publish(elsewhere, AnswerForm.answered("Now I may."), null));
        assertThat(publishedAnswers.forQuestions(Set.of(elsewhere))).containsKey(elsewhere);
        assertThat(acting.as(Demo.ADMIN, () -> staffAdmin.staffOf(other.dialogueId())))
                .containsExactly(unassignedId);

        acting.run(Demo.ADMIN, () -> staffAdmin.unassign(other.dialogueId(), unassignedId));
        assertThat(acting.as(unassigned, () -> answers.desk(0, 100)))
                .as("taken off the programme")
                .isEmpty();
        assertThat(jdbc.sql(
                                "SELECT action FROM audit_entry WHERE target_type = 'DIALOGUE' AND target_id = :d ORDER BY id")
                        .param("d", other.dialogueId())
                        .query(String.class)
                        .list())
                .containsSubsequence("STAFF_ASSIGNED", "STAFF_UNASSIGNED");

        var notStaff = newResident();
        long notStaffId = residents.idOf(notStaff);
        assertThatThrownBy(() -> acting.run(Demo.ADMIN, () -> staffAdmin.assign(other.dialogueId(), notStaffId)))
                .as("only staff answer")
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> acting.run(Demo.STAFF, () -> staffAdmin.assign(other.dialogueId(), 3)))
                .as("staff do not assign themselves")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void desk_filters_by_state_and_topic_sorts_by_votes_and_counts() {
        long waiting = residents.publishedQuestion(Demo.TOPIC_ID, "Desk waiting question");
        long forwarded = residents.publishedQuestion(Demo.TOPIC_ID, "Desk forwarded question");
        acting.run(
                Demo.STAFF,
                () -> answers.publish(
                        forwarded,
                        new AnswerForm(
                                AnswerOutcome.FORWARDED,
                                "Handed on.",
                                "District office",
                                "Call 12345",
                                null,
                                null,
                                null),
                        null));
        var before = acting.as(Demo.STAFF, () -> answers.deskCounts(Demo.TOPIC_ID));
        assertThat(acting.as(
                        Demo.STAFF,
                        () -> answers.desk(
                                new DeskFilter(DeskState.FORWARDED, Demo.TOPIC_ID, DeskOrder.MOST_VOTES), 0, 100)))
                .extracting(QuestionCard::id)
                .contains(forwarded)
                .doesNotContain(waiting);
        assertThat(acting.as(
                        Demo.STAFF,
                        () -> answers.desk(
                                new DeskFilter(DeskState.UNANSWERED, Demo.TOPIC_ID, DeskOrder.LONGEST_WAITING),
                                0,
                                100)))
                .extracting(QuestionCard::id)
                .contains(waiting)
                .doesNotContain(forwarded);
        assertThat(acting.as(
                        Demo.STAFF,
                        () -> answers.desk(
                                new DeskFilter(DeskState.UNANSWERED, 2L, DeskOrder.LONGEST_WAITING), 0, 100)))
                .extracting(QuestionCard::id)
                .doesNotContain(waiting);
        var byVotes = acting.as(
                Demo.STAFF,
                () -> answers.desk(new DeskFilter(DeskState.UNANSWERED, null, DeskOrder.MOST_VOTES), 0, 100));
        assertThat(byVotes).extracting(QuestionCard::voteCount).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(before.get(DeskState.FORWARDED)).isPositive();
        assertThat(before.get(DeskState.UNANSWERED)).isPositive();
    }

    @Test
    void commitments_are_public_with_a_published_answer_and_staff_update_their_status() {
        long id = residents.publishedQuestion(Demo.TOPIC_ID, "Will the plan be published?");
        assertThatThrownBy(() ->
                        acting.run(Demo.STAFF, () -> answers.addCommitment(id, "Publish the plan", LocalDate.now())))
                .isInstanceOf(DomainException.class);
        var draft =
                acting.as(Demo.STAFF, () -> answers.saveDraft(id, AnswerForm.answered("We will publish it."), null));
        var c = acting.as(
                Demo.STAFF,
                () -> answers.addCommitment(
                        id, "Publish the plan by Q3", LocalDate.now().minusDays(1)));
        assertThat(publishedAnswers.publishedCommitments(id))
                .as("not public while the answer is a draft")
                .isEmpty();
        acting.run(Demo.STAFF, () -> answers.publish(id, AnswerForm.answered("We will publish it."), draft.version()));
        assertThat(publishedAnswers.publishedCommitments(id)).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo(CommitmentStatus.OPEN);
            assertThat(p.shown(LocalDate.now())).isEqualTo(CommitmentStatus.OVERDUE);
        });
        acting.run(Demo.STAFF, () -> answers.changeCommitment(c.id(), CommitmentStatus.DONE, c.version()));
        assertThat(publishedAnswers.publishedCommitments(id).getFirst().status())
                .isEqualTo(CommitmentStatus.DONE);
        assertThatThrownBy(() -> acting.run(
                        Demo.STAFF, () -> answers.changeCommitment(c.id(), CommitmentStatus.OPEN, c.version())))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() ->
                        acting.run(Demo.RESIDENT, () -> answers.changeCommitment(c.id(), CommitmentStatus.OPEN, 1)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void templates_are_kept_by_admins_and_offered_to_staff_per_programme_and_globally() {
        var title = "Template " + System.nanoTime();
        long global = acting.as(
                Demo.ADMIN, () -> templates.add(null, Bilingual.of(null, title), Bilingual.of(null, "Thank you. ")));
        var other = fixtures.programme("OPEN");
        long elsewhere = acting.as(
                Demo.ADMIN,
                () -> templates.add(
                        other.dialogueId(), Bilingual.of(null, title + " other"), Bilingual.of(null, "Other. ")));
        long id = residents.publishedQuestion(Demo.TOPIC_ID, "Template question");
        var offered = acting.as(Demo.STAFF, () -> templates.forQuestion(id));
        assertThat(offered).extracting(AnswerTemplate::id).contains(global, 2L).doesNotContain(elsewhere);
        assertThatThrownBy(() -> acting.run(
                        Demo.STAFF, () -> templates.add(null, Bilingual.of(null, "x"), Bilingual.of(null, "y"))))
                .isInstanceOf(AccessDeniedException.class);
        acting.run(Demo.ADMIN, () -> templates.remove(global));
        assertThat(acting.as(Demo.STAFF, () -> templates.forQuestion(id)))
                .extracting(AnswerTemplate::id)
                .doesNotContain(global);
    }

    @Test
    void an_answer_given_on_air_records_when_and_the_written_answer_follows() {
        var live = fixtures.programme("LIVE");
        acting.run(Demo.ADMIN, () -> staffAdmin.assign(live.dialogueId(), 3));
        long id = residents.publishedQuestion(live.topicId(), "Asked during the broadcast");
        acting.run(Demo.STAFF, () -> onAir.putOnAir(id));
        var editor = acting.as(Demo.STAFF, () -> answers.editorFor(id));
        assertThat(editor.onAirAt()).isNotNull();
        acting.run(
                Demo.STAFF,
                () -> answers.publish(
                        id,
                        new AnswerForm(AnswerOutcome.ANSWERED, "As said on air.", null, null, null, "03:05", null),
                        null));
        var shown = publishedAnswers.forQuestions(Set.of(id)).get(id);
        assertThat(shown.onAirAt()).isEqualTo(editor.onAirAt());
        assertThat(shown.recordingSeconds()).isEqualTo(185);
        assertThat(shown.publishedAt()).isAfterOrEqualTo(shown.onAirAt());
    }
}
