package org.citizendialogue.poll;

import org.citizendialogue.shared.cluster.OnEveryNode;
import org.citizendialogue.shared.live.LiveUpdates;
import org.springframework.stereotype.Component;

/**
 * After the commit, a poll's change reaches the pages showing the programme's polls, on every node
 * (decision 026), prepared once per node (decision 032).
 */
@Component
class PollBroadcast {

    private final LiveUpdates live;
    private final Polls polls;

    PollBroadcast(LiveUpdates live, Polls polls) {
        this.live = live;
        this.polls = polls;
    }

    /** The open poll is read once here, and only while a page listens; every open page shows that one copy. */
    @OnEveryNode
    void changed(PollChanged event) {
        var channel = LivePoll.channel(event.dialogueId());
        if (live.subscribers(channel) > 0) {
            var open = polls.openForEveryone(event.dialogueId()).orElse(null);
            live.publish(channel, new LivePoll(event.pollId(), event.dialogueId(), open, event.voterId()));
        }
    }
}
