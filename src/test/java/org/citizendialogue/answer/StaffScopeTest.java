package org.citizendialogue.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.citizendialogue.programme.ProgrammeCard;
import org.citizendialogue.programme.ProgrammeService;
import org.citizendialogue.programme.ProgrammeStatus;
import org.citizendialogue.support.Acting;
import org.citizendialogue.support.Demo;
import org.citizendialogue.support.Fixtures;
import org.citizendialogue.support.IntegrationTest;
import org.citizendialogue.support.Residents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Issue 11, finding 1: a staff member moves, puts on air and answers only in the programmes
 * they answer for (programme_staff); admins any, moderators mark on air in any.
 */
@IntegrationTest
class StaffScopeTest {

    @Autowired
    ProgrammeService programmes;

    @Autowired
    AnswerDesk answers;

    @Autowired
    OnAirDesk onAir;

    @Autowired
    Acting acting;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Residents residents;

    @Test
    void staff_not_assigned_to_a_draft_programme_cannot_make_it_public_nor_see_it_on_their_desk() {
        var draft = fixtures.programme("DRAFT");

        assertThatThrownBy(() ->
                        acting.run(Demo.STAFF, () -> programmes.changeStatus(draft.dialogueId(), ProgrammeStatus.OPEN)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(programmes.status(draft.dialogueId())).contains(ProgrammeStatus.DRAFT);
        assertThat(acting.as(Demo.STAFF, () -> programmes.manageable()))
                .extracting(ProgrammeCard::id)
                .doesNotContain(draft.dialogueId());

        acting.run(Demo.ADMIN, () -> programmes.changeStatus(draft.dialogueId(), ProgrammeStatus.OPEN));
        assertThat(programmes.status(draft.dialogueId())).contains(ProgrammeStatus.OPEN);
    }

    @Test
    void assigned_staff_move_their_programme() {
        var draft = fixtures.programme("DRAFT");
        acting.run(Demo.ADMIN, () -> staffAdmin.assign(draft.dialogueId(), staffId()));

        assertThat(acting.as(Demo.STAFF, () -> programmes.manageable()))
                .extracting(ProgrammeCard::id)
                .contains(draft.dialogueId());
        acting.run(Demo.STAFF, () -> programmes.changeStatus(draft.dialogueId(), ProgrammeStatus.OPEN));
        assertThat(programmes.status(draft.dialogueId())).contains(ProgrammeStatus.OPEN);
    }

    @Test
    void staff_cannot_put_on_air_or_clear_in_a_programme_they_do_not_answer_for() {
        var live = fixtures.programme("LIVE");
        long question = residents.publishedQuestion(live.topicId(), "Who checks the data centres' energy use?");

        assertThatThrownBy(() -> acting.run(Demo.STAFF, () -> onAir.putOnAir(question)))
                .isInstanceOf(AccessDeniedException.class);
        acting.run(Demo.MODERATOR, () -> onAir.putOnAir(question));
        assertThatThrownBy(() -> acting.run(Demo.STAFF, () -> onAir.clearOnAir(live.dialogueId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(onAir.nowAnswering(live.dialogueId())).isPresent();

        acting.run(Demo.ADMIN, () -> staffAdmin.assign(live.dialogueId(), staffId()));
        acting.run(Demo.STAFF, () -> onAir.clearOnAir(live.dialogueId()));
        assertThat(onAir.nowAnswering(live.dialogueId())).isEmpty();
    }

    @Autowired
    ProgrammeStaffAdmin staffAdmin;

    private long staffId() {
        return acting.accountId(Demo.STAFF);
    }
}
