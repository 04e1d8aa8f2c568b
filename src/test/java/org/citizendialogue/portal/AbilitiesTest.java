package org.citizendialogue.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.citizendialogue.account.Suspension;
import org.citizendialogue.programme.ProgrammeStatus;
import org.citizendialogue.shared.Roles;
import org.citizendialogue.shared.SignedInUser;
import org.junit.jupiter.api.Test;

/** What a page lets its reader do follows the services' rules: no Spring, no database. */
class AbilitiesTest {

    private static Optional<SignedInUser> reader(Roles... roles) {
        return Optional.of(new SignedInUser(7, "r@example.org", "Reader", "x", Set.of(roles)));
    }

    @Test
    void a_visitor_reads_only() {
        var abilities = Abilities.of(Optional.empty(), ProgrammeStatus.LIVE, Optional.empty(), false);

        assertThat(abilities).isEqualTo(Abilities.VISITOR);
        assertThat(abilities.takePart() || abilities.report() || abilities.markOnAir())
                .isFalse();
    }

    @Test
    void a_resident_takes_part_only_while_the_programme_accepts_submissions() {
        assertThat(Abilities.of(reader(Roles.RESIDENT), ProgrammeStatus.OPEN, Optional.empty(), false)
                        .takePart())
                .isTrue();
        assertThat(Abilities.of(reader(Roles.RESIDENT), ProgrammeStatus.CLOSED, Optional.empty(), false)
                        .takePart())
                .isFalse();
        assertThat(Abilities.of(reader(Roles.RESIDENT), ProgrammeStatus.CLOSED, Optional.empty(), false)
                        .report())
                .as("reports stay open after the programme closes")
                .isTrue();
    }

    @Test
    void a_suspended_resident_neither_takes_part_nor_reports_and_the_page_knows_why() {
        var suspension =
                new Suspension(1, 7, "Reader", "Spam", Instant.EPOCH, Instant.parse("2026-12-10T00:00:00Z"), "Mod");

        var abilities = Abilities.of(reader(Roles.RESIDENT), ProgrammeStatus.LIVE, Optional.of(suspension), false);

        assertThat(abilities.takePart()).isFalse();
        assertThat(abilities.report()).isFalse();
        assertThat(abilities.suspension()).contains(suspension);
    }

    @Test
    void staff_and_moderators_mark_the_question_on_air_only_while_live() {
        assertThat(Abilities.of(reader(Roles.RESIDENT, Roles.STAFF), ProgrammeStatus.LIVE, Optional.empty(), false)
                        .markOnAir())
                .isTrue();
        assertThat(Abilities.of(reader(Roles.RESIDENT, Roles.STAFF), ProgrammeStatus.OPEN, Optional.empty(), false)
                        .markOnAir())
                .isFalse();
        assertThat(Abilities.of(reader(Roles.RESIDENT), ProgrammeStatus.LIVE, Optional.empty(), false)
                        .markOnAir())
                .isFalse();
    }

    @Test
    void moderators_hide_and_mark_duplicates_and_the_abilities_follow_a_status_change() {
        var moderator = reader(Roles.RESIDENT, Roles.MODERATOR);
        var open = Abilities.of(moderator, ProgrammeStatus.OPEN, Optional.empty(), true);

        assertThat(open.hide()).isTrue();
        assertThat(open.markDuplicate()).isTrue();
        assertThat(open.unconfirmedEmail()).isTrue();
        var live = open.withStatus(moderator, ProgrammeStatus.LIVE);
        assertThat(live.markOnAir()).isTrue();
        assertThat(live.withStatus(moderator, ProgrammeStatus.CLOSED).takePart())
                .isFalse();
    }
}
