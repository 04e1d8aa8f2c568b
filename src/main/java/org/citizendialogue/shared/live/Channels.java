package org.citizendialogue.shared.live;

/** Names of the live channels, in one place so that publishers and subscribers agree. */
public final class Channels {

    public static final String MODERATION = "moderation";

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
    public static String navigation(String itemId) {
        return "nav:" + itemId;
    }

    /** The count beside a navigation item that is one person's own (unread notices). */
    public static String navigation(String itemId, long accountId) {
        return "nav:" + itemId + ":" + accountId;
    }
}
