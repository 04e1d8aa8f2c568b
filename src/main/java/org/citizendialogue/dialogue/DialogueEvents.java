package org.citizendialogue.dialogue;

/** What happens to programmes. */
public final class DialogueEvents {

    private DialogueEvents() {
    }

    public record StatusChanged(long dialogueId, DialogueStatus from, DialogueStatus to) {
    }
}
