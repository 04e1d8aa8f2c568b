package org.citizendialogue.poll;

import org.citizendialogue.shared.live.Channels;
import org.citizendialogue.shared.live.LiveUpdates;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** After the commit, a poll's change reaches the pages showing the programme's polls. */
@Component
class PollBroadcast {

    private final LiveUpdates live;

    PollBroadcast(LiveUpdates live) {
        this.live = live;
    }

    @TransactionalEventListener
    void changed(PollChanged event) {
        live.publish(Channels.poll(event.dialogueId()), event);
    }
}
