package org.citizendialogue.dialogue;

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
    private String title;
    private String summary;
    private int position;

    @PersistenceCreator
    Topic() {
    }

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
                throw org.citizendialogue.shared.DomainException.atField("slug", "admin.topic.error.slug-fixed");
            }
            slug = draft.slug();
        }
        apply(draft);
    }

    private void apply(TopicDraft draft) {
        title = draft.title();
        summary = draft.summary();
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
        return "slug=" + slug + "; title=" + title + "; position=" + position + "; summary=" + summary;
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

    String title() {
        return title;
    }

    String summary() {
        return summary;
    }

    int position() {
        return position;
    }
}
