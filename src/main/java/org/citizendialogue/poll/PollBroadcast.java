package org.citizendialogue.poll;

import org.citizendialogue.shared.cluster.OnEveryNode;
import org.citizendialogue.shared.live.LiveUpdates;
import org.springframework.stereotype.Component;

/** After the commit, a poll's change reaches the pages showing the programme's polls, on every node (decision 026). */
@Component
class PollBroadcast {

    private final LiveUpdates live;

    PollBroadcast(LiveUpdates live) {
        this.live = live;
    }

    @OnEveryNode
    void changed(PollChanged event) {
        live.publish(PollChanged.channel(event.dialogueId()), event);
    }
}
