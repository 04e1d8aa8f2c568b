package org.citizendialogue.shared.cluster;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * True when a Redis server is configured: {@code DIALOGUE_REDIS_URL} ({@code dialogue.redis.url}),
 * or any of Spring's {@code spring.data.redis.url}, {@code .host}, {@code .sentinel.master} or
 * {@code .cluster.nodes}. With none, the portal is one node as before and nothing here starts.
 */
public class RedisConfigured implements Condition {

    static final String[] PROPERTIES = {
        "dialogue.redis.url",
        "spring.data.redis.url",
        "spring.data.redis.host",
        "spring.data.redis.sentinel.master",
        "spring.data.redis.cluster.nodes"
    };

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return RedisEnvironment.configured(context.getEnvironment());
    }
}
