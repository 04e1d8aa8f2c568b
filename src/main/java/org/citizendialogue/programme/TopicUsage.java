package org.citizendialogue.programme;

/**
 * Tells whether anything refers to a topic. Implemented by the modules that hang things on topics
 * (submissions); the programme module cannot read their tables and must not depend on them, so
 * they plug in here instead. The foreign keys of those tables remain the last line.
 */
public interface TopicUsage {

    /** Whether the topic has anything that would be lost with it. */
    boolean isUsed(long topicId);
}
