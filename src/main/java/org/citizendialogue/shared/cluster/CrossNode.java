package org.citizendialogue.shared.cluster;

/**
 * A committed change that every node must hear of (decision 026): its {@link OnEveryNode}
 * handlers run after commit on the node where it happened, and on every other node when the bus
 * brings it. It carries ids, versions and states, never rendered text; each node prepares its own
 * read models from the database.
 */
public interface CrossNode {

    /** What is sent to the other nodes: this event, or a copy without what they read themselves. */
    default CrossNode acrossNodes() {
        return this;
    }
}
