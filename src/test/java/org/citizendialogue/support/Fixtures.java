package org.citizendialogue.support;

import java.time.Clock;

import org.citizendialogue.answer.ProgrammeStaffAdmin;
import org.citizendialogue.programme.ProgrammeAdmin;
import org.citizendialogue.programme.ProgrammeDraft;
import org.citizendialogue.programme.ProgrammeService;
import org.citizendialogue.programme.ProgrammeStatus;
import org.citizendialogue.programme.TopicDraft;
import org.citizendialogue.shared.Bilingual;
import org.citizendialogue.shared.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Programmes made for one test, so that a test can close or go live without touching the demo
 * programme that other tests read. Each is made the way an admin makes one: created as a draft
 * with one topic through {@link ProgrammeAdmin}, moved along its lifecycle through
 * {@link ProgrammeService#changeStatus} and staffed through {@link ProgrammeStaffAdmin}, so the
 * fixtures obey the same rules (and leave the same audit trail) as the product.
 */
@Component
public class Fixtures {

    private static final String TOPIC_SLUG = "only-topic";

    private final ProgrammeAdmin admin;
    private final ProgrammeService programmes;
    private final ProgrammeStaffAdmin staff;
    private final Acting acting;
    private final Clock clock;

    Fixtures(ProgrammeAdmin admin, ProgrammeService programmes, ProgrammeStaffAdmin staff, Acting acting, Clock clock) {
        this.clock = clock;
        this.admin = admin;
        this.programmes = programmes;
        this.staff = staff;
        this.acting = acting;
    }

    public record Programme(long dialogueId, String slug, long topicId, String topicSlug) {

        public String topicPath() {
            return "dialogues/" + slug + "/topics/" + topicSlug;
        }
    }

    /** A new programme in the given state with one topic, answered for by the demo staff account. */
    public Programme staffedProgramme(String status) {
        var programme = programme(status);
        long staffId = acting.as(Demo.STAFF, () -> CurrentUser.require().accountId());
        acting.run(Demo.ADMIN, () -> staff.assign(programme.dialogueId(), staffId));
        return programme;
    }

    /** A new programme in the given state (DRAFT, OPEN, LIVE or CLOSED) with one topic and no staff. */
    public Programme programme(String status) {
        var target = ProgrammeStatus.valueOf(status);
        var slug = "fixture-" + System.nanoTime();
        return acting.as(Demo.ADMIN, () -> {
            long dialogueId = admin.create(new ProgrammeDraft(
                    Bilingual.of(null, "Fixture " + slug),
                    slug,
                    Bilingual.of(null, "Guest"),
                    Bilingual.of(null, "Director"),
                    Bilingual.of(null, Demo.BUREAU),
                    Bilingual.of(null, "A programme made by a test."),
                    null,
                    clock.instant(),
                    null));
            long topicId = admin.addTopic(
                    dialogueId,
                    new TopicDraft(Bilingual.of(null, "The only topic"), TOPIC_SLUG, Bilingual.of(null, "Summary")));
            for (var step : pathTo(target)) {
                programmes.changeStatus(dialogueId, step);
            }
            return new Programme(dialogueId, slug, topicId, TOPIC_SLUG);
        });
    }

    private static ProgrammeStatus[] pathTo(ProgrammeStatus target) {
        return switch (target) {
            case DRAFT -> new ProgrammeStatus[0];
            case OPEN -> new ProgrammeStatus[] {ProgrammeStatus.OPEN};
            case LIVE -> new ProgrammeStatus[] {ProgrammeStatus.OPEN, ProgrammeStatus.LIVE};
            case CLOSED -> new ProgrammeStatus[] {ProgrammeStatus.OPEN, ProgrammeStatus.CLOSED};
            case ARCHIVED ->
                new ProgrammeStatus[] {ProgrammeStatus.OPEN, ProgrammeStatus.CLOSED, ProgrammeStatus.ARCHIVED};
        };
    }
}
