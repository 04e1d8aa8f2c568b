package org.citizendialogue.shared.limits;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import org.citizendialogue.shared.cluster.RedisBus;
import org.citizendialogue.shared.cluster.RedisConfigured;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Conditional;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.stereotype.Component;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;

/**
 * The allowances of the whole portal, in Redis, when Redis is configured (decision 026): Bucket4j's
 * Lettuce integration keeps each bucket under {@code {prefix}:limit:…} and changes it with
 * compare-and-swap, so every node takes from the same allowance. While Redis is unreachable
 * ({@link RedisBus#reachable()}, or this connection is down, or a call fails) {@link RateLimits}
 * counts on this node.
 */
@Component
@Conditional(RedisConfigured.class)
class SharedBuckets implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SharedBuckets.class);

    private final LettuceConnectionFactory factory;
    private final RedisBus bus;
    private final Clock clock;
    private StatefulRedisConnection<String, byte[]> connection;
    private volatile ProxyManager<String> proxies;

    SharedBuckets(LettuceConnectionFactory factory, RedisBus bus, Clock clock) {
        this.factory = factory;
        this.bus = bus;
        this.clock = clock;
    }

    /** The shared bucket under this key, or empty while Redis is unreachable. */
    Optional<Bucket> bucket(String key, Supplier<BucketConfiguration> configuration) {
        if (!bus.reachable()) {
            return Optional.empty();
        }
        var manager = proxies();
        return manager == null || !connection.isOpen()
                ? Optional.empty()
                : Optional.of(manager.builder().build(bus.prefix() + ":limit:" + key, configuration));
    }

    /**
     * A shared bucket could not be used: this attempt counts on this node. The bus's checks say
     * (once) when Redis is unreachable; this connection reconnects by itself.
     */
    void failed(RuntimeException e) {
        log.debug("Shared allowance not reached, counted on this node", e);
    }

    private ProxyManager<String> proxies() {
        var manager = proxies;
        if (manager != null) {
            return manager;
        }
        synchronized (this) {
            if (proxies == null) {
                try {
                    var client = (RedisClient) factory.getRequiredNativeClient();
                    connection = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
                    proxies = Bucket4jLettuce.casBasedBuilder(connection)
                            .clientClock(new RateLimits.ClockMeter(clock))
                            .requestTimeout(Duration.ofSeconds(1))
                            .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                                    Duration.ofMinutes(1)))
                            .build();
                } catch (RuntimeException e) {
                    failed(e);
                    return null;
                }
            }
            return proxies;
        }
    }

    @Override
    public synchronized void destroy() {
        if (connection != null) {
            connection.close();
        }
    }
}
