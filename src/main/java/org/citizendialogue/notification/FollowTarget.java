package org.citizendialogue.notification;

/** What can be followed. */
public enum FollowTarget {
    TOPIC,
    QUESTION
}
