package org.citizendialogue.notification;

/** Something the person follows, with what a list shows of it: a label (user text for questions) and its address. */
public record Followed(FollowTarget target, long targetId, String label, String path) {
}
