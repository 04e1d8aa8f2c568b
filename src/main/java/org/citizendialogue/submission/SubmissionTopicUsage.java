package org.citizendialogue.submission;

import org.citizendialogue.programme.TopicUsage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A topic with any submission, in whatever state, is in use: removing it would lose them. */
@Component
class SubmissionTopicUsage implements TopicUsage {

    private final JdbcClient jdbc;

    SubmissionTopicUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean isUsed(long topicId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM submission WHERE topic_id = :topic)")
                .param("topic", topicId)
                .query(Boolean.class)
                .single();
    }
}
