package org.citizendialogue.submission;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** One entry of the blocked words and phrases, as admins change it; {@link BlockedPhrase} is how it is read. */
@Table("blocked_phrase")
class ListedPhrase {

    @Id
    private Long id;

    @Version
    private Integer version;

    private String phrase;
    private PhraseAction action;
    private Instant createdAt;

    @PersistenceCreator
    ListedPhrase() {}

    /** A new entry; the phrase is checked already. */
    static ListedPhrase of(String phrase, PhraseAction action, Instant now) {
        var listed = new ListedPhrase();
        listed.phrase = phrase;
        listed.action = action;
        listed.createdAt = now;
        return listed;
    }

    /** Changes what the phrase does; returns whether that changed. */
    boolean act(PhraseAction newAction) {
        if (action == newAction) {
            return false;
        }
        action = newAction;
        return true;
    }

    BlockedPhrase view() {
        return new BlockedPhrase(id, version, phrase, action, createdAt);
    }

    Long id() {
        return id;
    }

    /** How the audit trail names it: {@code HOLD: phrase}. */
    String describe() {
        return action + ": " + phrase;
    }
}
