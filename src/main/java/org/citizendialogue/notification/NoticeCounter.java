package org.citizendialogue.notification;

import org.citizendialogue.shared.SignedInUser;
import org.citizendialogue.shared.cluster.OnEveryNode;
import org.citizendialogue.shared.live.Channel;
import org.citizendialogue.shared.live.Channels;
import org.citizendialogue.shared.live.CountChanged;
import org.citizendialogue.shared.live.LiveUpdates;
import org.citizendialogue.shared.ui.NavigationCounter;
import org.springframework.stereotype.Component;

/** The unread count on the bell, for every signed-in person, on a channel of their own. */
@Component
class NoticeCounter implements NavigationCounter {

    static final String ITEM_ID = "nav-notifications";

    private final NoticeStore store;

    private final LiveUpdates live;

    NoticeCounter(NoticeStore store, LiveUpdates live) {
        this.store = store;
        this.live = live;
    }

    /** On every node where the person has a page open, the bell shows the count read there (decision 026). */
    @OnEveryNode
    void on(NoticesChanged changed) {
        var channel = Channels.navigation(ITEM_ID, changed.accountId());
        if (live.subscribers(channel) > 0) {
            live.publish(channel, new CountChanged(ITEM_ID, store.unread(changed.accountId())));
        }
    }

    @Override
    public String itemId() {
        return ITEM_ID;
    }

    @Override
    public long count(SignedInUser user) {
        return store.unread(user.accountId());
    }

    @Override
    public Channel<CountChanged> channel(SignedInUser user) {
        return Channels.navigation(ITEM_ID, user.accountId());
    }
}
