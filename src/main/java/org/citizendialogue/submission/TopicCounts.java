package org.citizendialogue.submission;

/** Published figures of one topic. */
public record TopicCounts(long topicId, long questions, long comments, long answered) {

    public static TopicCounts none(long topicId) {
        return new TopicCounts(topicId, 0, 0, 0);
    }
}
