package org.citizendialogue.shared.live;

import java.util.Objects;

/**
 * One stream of live updates of one type (decision 032): a topic's updates, the moderation queue's,
 * a person's bell count. Publishers may hand it only a {@code T}, and its subscribers receive only
 * a {@code T}: a sealed {@code T} lets a view switch over every kind of update without a
 * {@code default} arm. Two channels are the same when their names and types are; the names come
 * from {@link Channels}, so that no two kinds share one.
 */
public record Channel<T>(String name, Class<T> type) {

    public Channel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /** The channel of updates of this type under this name. */
    public static <T> Channel<T> of(Class<T> type, String name) {
        return new Channel<>(name, type);
    }

    @Override
    public String toString() {
        return name + "<" + type.getSimpleName() + ">";
    }
}
