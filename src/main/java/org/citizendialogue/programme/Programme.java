package org.citizendialogue.programme;

import java.time.Clock;
import java.time.Instant;

import org.citizendialogue.shared.Bilingual;
import org.citizendialogue.shared.DomainException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A programme and its lifecycle; its topics are aggregates of their own, referenced by id. */
@Table("dialogue")
class Programme {

    @Id
    private Long id;

    @Version
    private Integer version;

    private String slug;
    private String titleZh;
    private String titleEn;
    private String summaryZh;
    private String summaryEn;
    private String guestNameZh;
    private String guestNameEn;
    private String guestTitleZh;
    private String guestTitleEn;
    private String seriesZh;
    private String seriesEn;
    private long bureauId;
    private ProgrammeStatus status;
    private Instant startsAt;
    private String livestreamUrl;
    private Instant createdAt;

    @PersistenceCreator
    Programme() {}

    /** A new programme starts as a draft: invisible to the public until it is opened. */
    static Programme create(ProgrammeDraft draft, long bureauId, Clock clock) {
        var dialogue = new Programme();
        dialogue.status = ProgrammeStatus.DRAFT;
        dialogue.slug = draft.slug();
        dialogue.createdAt = clock.instant();
        dialogue.apply(draft, bureauId);
        return dialogue;
    }

    /**
     * Changes what the programme says about itself. An archived programme is a closed record;
     * the slug is its address, so it changes only while nobody can have linked to it (a draft).
     * The draft is expected to be checked already (ProgrammeAdmin normalises and validates it).
     */
    void edit(ProgrammeDraft draft, long bureauId) {
        if (status == ProgrammeStatus.ARCHIVED) {
            throw new DomainException("admin.programme.error.archived");
        }
        if (!draft.slug().equals(slug)) {
            if (status != ProgrammeStatus.DRAFT) {
                throw DomainException.atField("slug", "admin.programme.error.slug-fixed");
            }
            slug = draft.slug();
        }
        apply(draft, bureauId);
    }

    private void apply(ProgrammeDraft draft, long bureauId) {
        titleZh = draft.title().zh();
        titleEn = draft.title().en();
        guestNameZh = draft.guestName().zh();
        guestNameEn = draft.guestName().en();
        guestTitleZh = draft.guestTitle().zh();
        guestTitleEn = draft.guestTitle().en();
        summaryZh = draft.summary().zh();
        summaryEn = draft.summary().en();
        seriesZh = draft.series().zh();
        seriesEn = draft.series().en();
        startsAt = draft.startsAt();
        livestreamUrl = draft.livestreamUrl();
        this.bureauId = bureauId;
    }

    /** What the audit trail keeps of the programme, before and after a change. */
    String describe() {
        return "slug=" + slug + "; title=" + Bilingual.of(titleZh, titleEn).both() + "; guest="
                + Bilingual.of(guestNameZh, guestNameEn).both() + " ("
                + Bilingual.of(guestTitleZh, guestTitleEn).both()
                + "); bureau=" + bureauId + "; series="
                + Bilingual.of(seriesZh, seriesEn).both() + "; startsAt="
                + startsAt + "; livestream=" + livestreamUrl + "; status=" + status + "; summary="
                + Bilingual.of(summaryZh, summaryEn).both();
    }

    /** Topics are added, edited and removed only while the programme is not archived. */
    void requireTopicsEditable() {
        if (status == ProgrammeStatus.ARCHIVED) {
            throw new DomainException("admin.programme.error.archived");
        }
    }

    /** A live programme keeps at least one topic, as going live required. */
    void requireTopicRemovable(int topicCount) {
        requireTopicsEditable();
        if (status == ProgrammeStatus.LIVE && topicCount <= 1) {
            throw new DomainException("programme.error.no-topics");
        }
    }

    Integer version() {
        return version;
    }

    /**
     * Moves the programme on: DRAFT → OPEN → LIVE → CLOSED → ARCHIVED, an open programme may
     * also close without going live, and a live one may go back to open (a broadcast that was
     * interrupted). Going live needs at least one topic.
     */
    void moveTo(ProgrammeStatus target, int topicCount) {
        if (!status.canMoveTo(target)) {
            throw new DomainException("programme.error.transition");
        }
        if (target == ProgrammeStatus.LIVE && topicCount == 0) {
            throw new DomainException("programme.error.no-topics");
        }
        status = target;
    }

    Long id() {
        return id;
    }

    ProgrammeStatus status() {
        return status;
    }

    String slug() {
        return slug;
    }
}
