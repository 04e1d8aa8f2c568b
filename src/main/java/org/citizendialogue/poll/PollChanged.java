package org.citizendialogue.poll;

import org.citizendialogue.shared.cluster.CrossNode;
import org.citizendialogue.shared.live.Channel;
import org.citizendialogue.shared.live.Channels;

/** A poll was prepared, opened, closed or voted on: its pages on every node reload it after the commit. */
public record PollChanged(long pollId, long dialogueId) implements CrossNode {

    /** The live polls of a programme: its wall, its topic pages and its staff's poll page. */
    public static Channel<PollChanged> channel(long dialogueId) {
        return Channel.of(PollChanged.class, Channels.poll(dialogueId));
    }
}
