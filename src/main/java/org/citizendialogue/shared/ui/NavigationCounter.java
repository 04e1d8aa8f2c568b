package org.citizendialogue.shared.ui;

import org.citizendialogue.shared.SignedInUser;
import org.citizendialogue.shared.live.Channel;
import org.citizendialogue.shared.live.Channels;
import org.citizendialogue.shared.live.CountChanged;

/**
 * A number shown beside a navigation item (pending submissions, unread notices). Modules
 * contribute counters as beans, so the layout needs to know none of them.
 */
public interface NavigationCounter {

    /** The stable id of the navigation item the count belongs to, e.g. {@code nav-moderation}. */
    String itemId();

    /** The count for this person, or a negative number when it does not apply to them. */
    long count(SignedInUser user);

    /**
     * The live channel this person's count arrives on. Counts that are the same for everyone use
     * the item's channel; a person's own count (unread notices) overrides this with a channel of
     * their own, so that nobody sees another person's number.
     */
    default Channel<CountChanged> channel(SignedInUser user) {
        return Channels.navigation(itemId());
    }
}
