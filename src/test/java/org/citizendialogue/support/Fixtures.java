package org.citizendialogue.support;

import java.time.Clock;

import org.citizendialogue.answer.ProgrammeStaffAdmin;
import org.citizendialogue.programme.ProgrammeAdmin;
import org.citizendialogue.programme.ProgrammeDraft;
import org.citizendialogue.programme.ProgrammeService;
import org.citizendialogue.programme.ProgrammeStatus;
import org.citizendialogue.programme.TopicDraft;
import org.citizendialogue.shared.Bilingual;
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

    /** The slug of the one topic a fixture programme starts with. */
    public static final String TOPIC_SLUG = "only-topic";

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
        long staffId = acting.accountId(Demo.STAFF);
        acting.run(Demo.ADMIN, () -> staff.assign(programme.dialogueId(), staffId));
        return programme;
    }

    /** A new programme in the given state (DRAFT, OPEN, LIVE or CLOSED) with one topic and no staff. */
    public Programme programme(String status) {
        return programme(status, Demo.BUREAU);
    }

    /** A new programme of the named bureau (made when it is new) in the given state, with one topic. */
    public Programme programme(String status, String bureau) {
        var slug = "fixture-" + System.nanoTime();
        var programme = acting.as(Demo.ADMIN, () -> {
            long dialogueId = admin.create(new ProgrammeDraft(
                    Bilingual.of(null, "Fixture " + slug),
                    slug,
                    Bilingual.of(null, "Guest"),
                    Bilingual.of(null, "Director"),
                    Bilingual.of(null, bureau),
                    Bilingual.of(null, "A programme made by a test."),
                    null,
                    clock.instant(),
                    null));
            long topicId = admin.addTopic(
                    dialogueId,
                    new TopicDraft(Bilingual.of(null, "The only topic"), TOPIC_SLUG, Bilingual.of(null, "Summary")));
            return new Programme(dialogueId, slug, topicId, TOPIC_SLUG);
        });
        moveTo(programme, ProgrammeStatus.valueOf(status));
        return programme;
    }

    /** Adds a topic (English only) at the end of the programme; returns its id. */
    public long addTopic(Programme programme, String slug, String title) {
        return acting.as(
                Demo.ADMIN,
                () -> admin.addTopic(
                        programme.dialogueId(),
                        new TopicDraft(Bilingual.of(null, title), slug, Bilingual.of(null, "Summary of " + title))));
    }

    /**
     * Moves the programme along its lifecycle to the target, the way an admin would: from a draft
     * it opens first, from open or live it closes, and only a closed one is archived.
     */
    public void moveTo(Programme programme, ProgrammeStatus target) {
        acting.run(Demo.ADMIN, () -> {
            var at = programmes.status(programme.dialogueId()).orElseThrow();
            while (at != target) {
                var next = next(at, target);
                programmes.changeStatus(programme.dialogueId(), next);
                at = next;
            }
        });
    }

    private static ProgrammeStatus next(ProgrammeStatus at, ProgrammeStatus target) {
        if (at.canMoveTo(target)) {
            return target;
        }
        return switch (at) {
            case DRAFT -> ProgrammeStatus.OPEN;
            case OPEN, LIVE -> ProgrammeStatus.CLOSED;
            default -> throw new IllegalArgumentException("A programme cannot go from " + at + " to " + target);
        };
    }
}
