package org.citizendialogue.shared.cluster;

import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import io.lettuce.core.ClientOptions;

/**
 * While the link to Redis is down, Lettuce refuses commands at once instead of queueing them until
 * a timeout: a publication, a rate-limit check or a health check never waits for Redis (it keeps
 * reconnecting by itself).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(RedisConfigured.class)
class RedisClientOptions {

    @Bean
    LettuceClientOptionsBuilderCustomizer rejectCommandsWhileDisconnected() {
        return options -> options.autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
    }
}
