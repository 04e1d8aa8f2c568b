package org.citizendialogue.poll;

import org.citizendialogue.shared.live.Channel;
import org.citizendialogue.shared.live.Channels;

/**
 * What the pages of a programme's polls are sent when a poll changed, prepared once per node
 * (decision 032): the open poll with every option's votes but nobody's own choice (null while none
 * is open), and who voted when the change was a vote. A page keeps the reader's choice it already
 * shows; only the voter's own pages read theirs again.
 */
public record LivePoll(long pollId, long dialogueId, Poll open, Long voterId) {

    /** The live polls of a programme: its wall, its topic pages and its staff's poll page. */
    public static Channel<LivePoll> channel(long dialogueId) {
        return Channel.of(LivePoll.class, Channels.poll(dialogueId));
    }
}
