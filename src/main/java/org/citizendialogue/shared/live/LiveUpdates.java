package org.citizendialogue.shared.live;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The one broadcaster of live updates. Listeners that run after a commit prepare a read model
 * once and publish it on a channel ("topic:12", "moderation"…); every UI subscribed to that
 * channel applies it through {@code ui.access}, each on its own virtual thread so that one slow
 * session never holds up the others. A subscription lives exactly as long as its component is
 * attached: nothing here outlives a closed tab.
 */
@Component
public class LiveUpdates implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

    private final Map<String, Set<Subscriber>> channels = new ConcurrentHashMap<>();
    private final ExecutorService fanOut = Executors.newVirtualThreadPerTaskExecutor();
    private volatile LongConsumer deliveryTimes = nanos -> {};
    private final Timer fanOutTimes;

    public LiveUpdates(MeterRegistry registry) {
        this.fanOutTimes = Timer.builder("dialogue.push.delivery")
                .description("From publishing a live update to one open UI having applied it")
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(registry);
        Gauge.builder(
                        "dialogue.push.subscriptions",
                        channels,
                        c -> c.values().stream().mapToInt(Set::size).sum())
                .description("Live subscriptions of open UIs, over all channels")
                .register(registry);
    }

    private record Subscriber(UI ui, Consumer<Object> handler) {}

    /**
     * Subscribes the component's UI to a channel while the component is attached. The handler
     * runs inside {@code ui.access}, so it may change components; it must be quick.
     */
    public void whileAttached(com.vaadin.flow.component.Component owner, String channel, Consumer<Object> handler) {
        Registration[] current = new Registration[1];
        owner.addAttachListener(e -> current[0] = subscribe(e.getUI(), channel, handler));
        owner.addDetachListener(e -> {
            if (current[0] != null) {
                current[0].remove();
                current[0] = null;
            }
        });
        owner.getUI().ifPresent(ui -> current[0] = subscribe(ui, channel, handler));
    }

    /** Subscribes a UI to a channel until the returned registration is removed. */
    public Registration subscribe(UI ui, String channel, Consumer<Object> handler) {
        var subscriber = new Subscriber(ui, handler);
        channels.computeIfAbsent(channel, c -> ConcurrentHashMap.newKeySet()).add(subscriber);
        return () -> channels.computeIfPresent(channel, (c, set) -> {
            set.remove(subscriber);
            return set.isEmpty() ? null : set;
        });
    }

    /**
     * Sent on every channel when updates may have been missed (the cross-node bus lost its link
     * to Redis and has it back, decision 026): an open page reloads what it lists, keeping what
     * a person is typing.
     */
    public record Resync() {}

    /** Tells every open page to reload its lists ({@link Resync}). */
    public void resynchronise() {
        var resync = new Resync();
        channels.keySet().forEach(channel -> publish(channel, resync));
    }

    /** Hands a prepared update to every UI subscribed to the channel; returns how many were reached. */
    public int publish(String channel, Object update) {
        var subscribers = channels.get(channel);
        if (subscribers == null) {
            return 0;
        }
        var published = System.nanoTime();
        for (var subscriber : subscribers) {
            fanOut.execute(() -> deliver(subscriber, update, published));
        }
        return subscribers.size();
    }

    /**
     * Observes, for every delivery, the nanoseconds from publishing to the UI having applied the
     * update (the live benchmark measures fan-out with it).
     */
    public void observeDeliveryTimes(LongConsumer observer) {
        this.deliveryTimes = observer;
    }

    private void deliver(Subscriber subscriber, Object update, long published) {
        try {
            subscriber.ui().access(() -> {
                subscriber.handler().accept(update);
                var nanos = System.nanoTime() - published;
                fanOutTimes.record(nanos, TimeUnit.NANOSECONDS);
                deliveryTimes.accept(nanos);
            });
        } catch (UIDetachedException gone) {
            // the tab closed between publish and delivery; its detach listener unsubscribes it
        } catch (RuntimeException e) {
            log.warn("A live update could not be delivered", e);
        }
    }

    /** How many UIs listen on a channel (for tests and benchmarks). */
    public int subscribers(String channel) {
        var set = channels.get(channel);
        return set == null ? 0 : set.size();
    }

    @Override
    public void destroy() {
        fanOut.shutdownNow();
    }
}
