package org.citizendialogue.shared.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Redis only when it is configured (decision 026). {@code DIALOGUE_REDIS_URL} becomes Spring's
 * {@code spring.data.redis.url}; with no Redis configured at all, Boot's Redis auto-configuration
 * is left out, so a single node starts no Redis client and needs nothing new.
 */
public class RedisEnvironment implements EnvironmentPostProcessor {

    static final List<String> REDIS_AUTO_CONFIGURATION = List.of(
            "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.DataRedisReactiveAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.DataRedisRepositoriesAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.health.DataRedisHealthContributorAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.health.DataRedisReactiveHealthContributorAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.observation.LettuceObservationAutoConfiguration");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> properties = new HashMap<>();
        var url = environment.getProperty("dialogue.redis.url");
        if (StringUtils.hasText(url) && !StringUtils.hasText(environment.getProperty("spring.data.redis.url"))) {
            properties.put("spring.data.redis.url", url);
        }
        if (!configured(environment)) {
            var excluded = new ArrayList<>(Binder.get(environment)
                    .bind("spring.autoconfigure.exclude", Bindable.listOf(String.class))
                    .orElse(List.of()));
            excluded.addAll(REDIS_AUTO_CONFIGURATION);
            properties.put("spring.autoconfigure.exclude", String.join(",", excluded));
        }
        if (!properties.isEmpty()) {
            environment.getPropertySources().addFirst(new MapPropertySource("dialogueRedis", properties));
        }
    }

    static boolean configured(Environment environment) {
        for (var property : RedisConfigured.PROPERTIES) {
            if (StringUtils.hasText(environment.getProperty(property))) {
                return true;
            }
        }
        return false;
    }
}
