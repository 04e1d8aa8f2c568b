package org.citizendialogue.dialogue;

import org.citizendialogue.shared.cluster.CrossNode;

/** What happens to programmes. */
public final class DialogueEvents {

    private DialogueEvents() {}

    public record StatusChanged(long dialogueId, DialogueStatus from, DialogueStatus to) implements CrossNode {}
}
