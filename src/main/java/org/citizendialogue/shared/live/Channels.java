package org.citizendialogue.shared.live;

/**
 * Names of the live channels, in one place so that no two kinds of update share one. Each module
 * makes its typed {@link Channel} from these names next to the updates it carries (for example
 * {@code LiveFeed.topic(id)}, {@code QueueFeed.QUEUE}); the navigation counts are shared, so
 * their channels are made here.
 */
public final class Channels {

    /** The moderation queue: items arriving and leaving, claims. */
    public static final String QUEUE = "queue";

    /** The moderators' review of reported and hidden content and answers. */
    public static final String REVIEW = "review";

    private Channels() {}

    /** Everything that changes what a topic thread shows. */
    public static String topic(long topicId) {
        return "topic:" + topicId;
    }

    /** A programme's state and its question on air, for the pages of the programme. */
    public static String dialogue(long dialogueId) {
        return "dialogue:" + dialogueId;
    }

    /** The live wall of one programme: its whole prepared state, for the wall screens only. */
    public static String wall(long dialogueId) {
        return "wall:" + dialogueId;
    }

    /** The live polls of a programme: its wall, its topic pages and its staff's poll page. */
    public static String poll(long dialogueId) {
        return "poll:" + dialogueId;
    }

    /** The count beside a navigation item. */
    public static Channel<CountChanged> navigation(String itemId) {
        return Channel.of(CountChanged.class, "nav:" + itemId);
    }

    /** The count beside a navigation item that is one person's own (unread notices). */
    public static Channel<CountChanged> navigation(String itemId, long accountId) {
        return Channel.of(CountChanged.class, "nav:" + itemId + ":" + accountId);
    }
}
