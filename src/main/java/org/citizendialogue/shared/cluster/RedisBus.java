package org.citizendialogue.shared.cluster;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.citizendialogue.shared.live.LiveUpdates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.SubscriptionListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.stereotype.Component;
import org.springframework.util.backoff.FixedBackOff;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cross-node bus on Redis pub/sub (decision 026), present only when Redis is configured. Each
 * committed {@link CrossNode} change is published once, as JSON of its ids and versions, on
 * {@code {prefix}:events}; every other node's bus receives it, in order, on one thread, and runs
 * its handlers. Pub/sub delivers at most once, so whenever a node's link to Redis comes back
 * (its subscription renewed, or a check succeeding after failures) its open pages reload their
 * lists and its search index is rebuilt ({@link Resynchronised}), and it asks every other node to
 * do the same for what it could not publish meanwhile.
 * <p>
 * While Redis is unreachable, nothing waits for it: messages are not sent, each node serves its
 * own pages, rate limits count per node, readiness says DEGRADED, and one warning is logged. A
 * check every {@code dialogue.cluster.check-interval} notices when it is back.
 */
@Component
@Conditional(RedisConfigured.class)
public class RedisBus implements MessageListener, SubscriptionListener, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RedisBus.class);

    private final RedisConnectionFactory factory;
    private final StringRedisTemplate template;
    private final ClusterBus bus;
    private final LiveUpdates live;
    private final ApplicationEventPublisher events;
    private final JsonMapper json = JsonMapper.builder().build();
    private final String channel;
    private final String prefix;
    private final String node;
    private final Duration checkInterval;
    private final Counter sent;
    private final Counter received;
    /** The subscription; null until one could be made (Redis may be away when the node starts). */
    private volatile RedisMessageListenerContainer container;

    private final ExecutorService sender = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("redis-bus-send").factory());
    private final ExecutorService receiver = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("redis-bus-receive").factory());
    private final ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("redis-bus-check").factory());
    private final AtomicInteger subscriptions = new AtomicInteger();
    /** null before the first check, then whether Redis answered the last one. */
    private volatile Boolean reachable;

    private volatile long lastResync;

    RedisBus(
            RedisConnectionFactory factory,
            ClusterBus bus,
            LiveUpdates live,
            ApplicationEventPublisher events,
            MeterRegistry registry,
            @Value("${dialogue.cluster.prefix:citizen-dialogue}") String prefix,
            @Value("${dialogue.cluster.node-id:}") String node,
            @Value("${dialogue.cluster.check-interval:1s}") Duration checkInterval) {
        this.factory = factory;
        this.bus = bus;
        this.live = live;
        this.events = events;
        this.prefix = prefix;
        this.channel = prefix + ":events";
        this.node = node.isBlank() ? defaultNodeId() : node;
        this.template = new StringRedisTemplate(factory);
        this.template.afterPropertiesSet();
        this.checkInterval = checkInterval;
        this.sent = registry.counter("dialogue.cluster.messages", "direction", "sent");
        this.received = registry.counter("dialogue.cluster.messages", "direction", "received");
        Gauge.builder("dialogue.cluster.redis.reachable", this, b -> b.reachable() ? 1 : 0)
                .description("1 while Redis answers, 0 while this node serves only its own pages")
                .register(registry);
        check();
        checks.scheduleWithFixedDelay(
                this::check, checkInterval.toMillis(), checkInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static String defaultNodeId() {
        try {
            return InetAddress.getLocalHost().getHostName() + "-"
                    + UUID.randomUUID().toString().substring(0, 8);
        } catch (IOException e) {
            return UUID.randomUUID().toString();
        }
    }

    /** This node's name on the bus. */
    public String node() {
        return node;
    }

    /** The prefix of every channel and key this portal uses in Redis. */
    public String prefix() {
        return prefix;
    }

    /** Whether Redis answered the last check (false before the first answer). */
    public boolean reachable() {
        return Boolean.TRUE.equals(reachable);
    }

    /** Publishes a committed change for the other nodes, never waiting for Redis. */
    void send(CrossNode event) {
        if (!reachable()) {
            return;
        }
        String message;
        try {
            message = json.writeValueAsString(
                    Map.of("origin", node, "type", event.getClass().getName(), "event", event));
        } catch (RuntimeException e) {
            log.warn("{} cannot be sent to the other nodes", event.getClass().getName(), e);
            return;
        }
        publish(message);
    }

    private void publish(String message) {
        sender.execute(() -> {
            try {
                template.convertAndSend(channel, message);
                sent.increment();
            } catch (RuntimeException e) {
                lost(e);
            }
        });
    }

    @Override
    public void onMessage(Message message, byte[] pattern) {
        try {
            var tree = json.readTree(message.getBody());
            if (node.equals(tree.path("origin").asString())) {
                return;
            }
            received.increment();
            if (tree.path("resync").asBoolean(false)) {
                resynchronise();
                return;
            }
            bus.arrived(read(tree));
        } catch (RuntimeException | ClassNotFoundException e) {
            log.warn("A message on {} could not be read", channel, e);
        }
    }

    private CrossNode read(JsonNode tree) throws ClassNotFoundException {
        var type = Class.forName(tree.path("type").asString(), false, getClass().getClassLoader());
        if (!CrossNode.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException("not a cross-node event: " + type.getName());
        }
        return (CrossNode) json.treeToValue(tree.get("event"), type);
    }

    /** The subscription is (again) in place: after the first time, what came meanwhile was missed. */
    @Override
    public void onChannelSubscribed(byte[] channel, long count) {
        if (subscriptions.incrementAndGet() > 1) {
            log.info("Subscription to {} renewed: open pages reload", this.channel);
            resynchronise();
        }
    }

    /** Called when a Redis command of this node failed: the bus and the shared limits step aside until a check succeeds. */
    public void lost(Throwable cause) {
        if (!Boolean.FALSE.equals(reachable)) {
            reachable = false;
            log.warn(
                    "Redis is unreachable from node {} ({}): live updates reach only this node's pages and rate limits count per node until it answers again",
                    node,
                    cause.toString());
        }
    }

    /** Subscribes, once Redis answers; until then (and if it fails) the next check tries again. */
    private synchronized void listen() {
        if (container != null) {
            return;
        }
        var fresh = new RedisMessageListenerContainer();
        fresh.setConnectionFactory(factory);
        fresh.setTaskExecutor(receiver::execute);
        fresh.setRecoveryBackoff(new FixedBackOff(checkInterval.toMillis(), FixedBackOff.UNLIMITED_ATTEMPTS));
        fresh.addMessageListener(this, ChannelTopic.of(channel));
        try {
            fresh.afterPropertiesSet();
            fresh.start();
            container = fresh;
        } catch (RuntimeException e) {
            lost(e);
            try {
                fresh.destroy();
            } catch (Exception ignored) {
                // it never listened
            }
        }
    }

    private void check() {
        try (var connection = factory.getConnection()) {
            connection.ping();
        } catch (RuntimeException e) {
            lost(e);
            return;
        }
        listen();
        if (container == null) {
            return;
        }
        var before = reachable;
        reachable = true;
        if (before == null) {
            log.info("Cross-node bus on Redis, channel {}, node {}", channel, node);
        } else if (!before) {
            log.info("Redis answers again: updates cross nodes again; open pages on every node reload");
            resynchronise();
            publish(json.writeValueAsString(Map.of("origin", node, "resync", true)));
        }
    }

    private void resynchronise() {
        var now = System.nanoTime();
        if (now - lastResync < TimeUnit.MILLISECONDS.toNanos(500)) {
            return;
        }
        lastResync = now;
        live.resynchronise();
        events.publishEvent(new Resynchronised());
    }

    /** Checks end before the connection factory stops, so that shutting down is not taken for an outage. */
    @EventListener(ContextClosedEvent.class)
    void closing() {
        checks.shutdownNow();
    }

    @Override
    public void destroy() throws Exception {
        checks.shutdownNow();
        var listening = container;
        if (listening != null) {
            listening.stop();
            listening.destroy();
        }
        sender.shutdownNow();
        receiver.shutdownNow();
    }
}
