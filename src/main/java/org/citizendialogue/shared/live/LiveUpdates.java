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
 * once and publish it on a typed {@link Channel} (a topic's updates, the moderation queue's…);
 * every UI subscribed to that channel applies it through {@code ui.access}, each on its own
 * virtual thread so that one slow session never holds up the others. A subscriber receives only
 * its channel's type, and a separate call when updates may have been missed (resynchronise). A
 * subscription lives exactly as long as its component is attached: nothing here outlives a
 * closed tab (decisions 009 and 032).
 */
@Component
public class LiveUpdates implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

    private final Map<Channel<?>, Set<Subscriber<?>>> channels = new ConcurrentHashMap<>();
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

    /** An open UI on a channel: what it does with an update, and what it does after updates may have been missed. */
    private record Subscriber<T>(UI ui, Consumer<? super T> handler, Runnable resync) {}

    /**
     * Subscribes the component's UI to a channel while the component is attached. The handler
     * runs inside {@code ui.access}, so it may change components; it must be quick and should not
     * read the database: what it needs comes prepared in the update. {@code resync} runs (also in
     * {@code ui.access}) when updates may have been missed: it reloads what the page lists,
     * keeping what a person is typing; null when another subscription of the page reloads it.
     */
    public <T> void whileAttached(
            com.vaadin.flow.component.Component owner,
            Channel<T> channel,
            Consumer<? super T> handler,
            Runnable resync) {
        Registration[] current = new Registration[1];
        owner.addAttachListener(e -> current[0] = subscribe(e.getUI(), channel, handler, resync));
        owner.addDetachListener(e -> {
            if (current[0] != null) {
                current[0].remove();
                current[0] = null;
            }
        });
        owner.getUI().ifPresent(ui -> current[0] = subscribe(ui, channel, handler, resync));
    }

    /** Subscribes a UI to a channel until the returned registration is removed. */
    public <T> Registration subscribe(UI ui, Channel<T> channel, Consumer<? super T> handler, Runnable resync) {
        var subscriber = new Subscriber<T>(ui, handler, resync);
        channels.computeIfAbsent(channel, c -> ConcurrentHashMap.newKeySet()).add(subscriber);
        return () -> channels.computeIfPresent(channel, (c, set) -> {
            set.remove(subscriber);
            return set.isEmpty() ? null : set;
        });
    }

    /**
     * Called when updates may have been missed (the cross-node bus lost its link to Redis and has
     * it back, decision 026): every subscription's resync runs, so every open page reloads what
     * it lists.
     */
    public void resynchronise() {
        var published = System.nanoTime();
        channels.values().forEach(subscribers -> {
            for (var subscriber : subscribers) {
                if (subscriber.resync() != null) {
                    fanOut.execute(() -> deliver(subscriber.ui(), subscriber.resync(), published));
                }
            }
        });
    }

    /**
     * Hands a prepared update to every UI subscribed to the channel; returns how many were
     * reached. The update is prepared once by the caller and shared by every UI: it must be
     * immutable.
     */
    @SuppressWarnings("unchecked")
    public <T> int publish(Channel<T> channel, T update) {
        var subscribers = channels.get(channel);
        if (subscribers == null) {
            return 0;
        }
        var checked = channel.type().cast(update);
        var published = System.nanoTime();
        for (var subscriber : subscribers) {
            var handler = ((Subscriber<T>) subscriber).handler();
            fanOut.execute(() -> deliver(subscriber.ui(), () -> handler.accept(checked), published));
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

    private void deliver(UI ui, Runnable apply, long published) {
        try {
            ui.access(() -> {
                apply.run();
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

    /** How many UIs listen on a channel (feeds prepare nothing for a channel nobody listens on; tests, benchmarks). */
    public int subscribers(Channel<?> channel) {
        var set = channels.get(channel);
        return set == null ? 0 : set.size();
    }

    @Override
    public void destroy() {
        fanOut.shutdownNow();
    }
}
