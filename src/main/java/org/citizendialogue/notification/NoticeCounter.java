package org.citizendialogue.notification;

import org.citizendialogue.shared.SignedInUser;
import org.citizendialogue.shared.live.Channels;
import org.citizendialogue.shared.ui.NavigationCounter;
import org.springframework.stereotype.Component;

/** The unread count on the bell, for every signed-in person, on a channel of their own. */
@Component
class NoticeCounter implements NavigationCounter {

    static final String ITEM_ID = "nav-notifications";

    private final NoticeStore store;

    NoticeCounter(NoticeStore store) {
        this.store = store;
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
    public String channel(SignedInUser user) {
        return Channels.navigation(ITEM_ID, user.accountId());
    }
}
