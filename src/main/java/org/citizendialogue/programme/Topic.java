package org.citizendialogue.programme;

import org.citizendialogue.shared.Bilingual;
import org.citizendialogue.shared.DomainException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A topic of a programme: an aggregate of its own, so that saving one never rewrites the others. */
@Table("topic")
class Topic {

    @Id
    private Long id;

    @Version
    private Integer version;

    private long dialogueId;
    private String slug;
    private String titleZh;
    private String titleEn;
    private String summaryZh;
    private String summaryEn;
    private int position;

    @PersistenceCreator
    Topic() {}

    /** A topic at the end of its programme; the draft is already checked. */
    static Topic add(long dialogueId, TopicDraft draft, int position) {
        var topic = new Topic();
        topic.dialogueId = dialogueId;
        topic.slug = draft.slug();
        topic.position = position;
        topic.apply(draft);
        return topic;
    }

    /** Changes title, summary and, while its programme is not public, the slug (its address). */
    void edit(TopicDraft draft, boolean programmeIsPublic) {
        if (!draft.slug().equals(slug)) {
            if (programmeIsPublic) {
                throw DomainException.atField("slug", "admin.topic.error.slug-fixed");
            }
            slug = draft.slug();
        }
        apply(draft);
    }

    private void apply(TopicDraft draft) {
        titleZh = draft.title().zh();
        titleEn = draft.title().en();
        summaryZh = draft.summary().zh();
        summaryEn = draft.summary().en();
    }

    /** Takes a place in the programme's order; returns whether it moved. */
    boolean placeAt(int newPosition) {
        if (newPosition == position) {
            return false;
        }
        position = newPosition;
        return true;
    }

    String describe() {
        return "slug=" + slug + "; title=" + title().both() + "; position=" + position + "; summary="
                + summary().both();
    }

    Long id() {
        return id;
    }

    long dialogueId() {
        return dialogueId;
    }

    String slug() {
        return slug;
    }

    Bilingual title() {
        return Bilingual.of(titleZh, titleEn);
    }

    Bilingual summary() {
        return Bilingual.of(summaryZh, summaryEn);
    }

    int position() {
        return position;
    }
}
