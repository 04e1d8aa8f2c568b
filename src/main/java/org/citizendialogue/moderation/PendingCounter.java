package org.citizendialogue.moderation;

import org.citizendialogue.shared.Roles;
import org.citizendialogue.shared.SignedInUser;
import org.citizendialogue.shared.ui.NavigationCounter;
import org.citizendialogue.submission.PublishedSubmissions;
import org.springframework.stereotype.Component;

/** The pending count beside "Moderation" in the navigation, for moderators only. */
@Component
class PendingCounter implements NavigationCounter {

    static final String ITEM_ID = "nav-moderation";

    private final PublishedSubmissions submissions;

    PendingCounter(PublishedSubmissions submissions) {
        this.submissions = submissions;
    }

    @Override
    public String itemId() {
        return ITEM_ID;
    }

    @Override
    public long count(SignedInUser user) {
        return user.has(Roles.MODERATOR) ? submissions.countPending() : -1;
    }
}
