package org.citizendialogue.poll;

import org.citizendialogue.shared.cluster.CrossNode;

/**
 * A poll was prepared, opened, closed or voted on: its pages on every node show it again after the
 * commit. {@code voterId} is who voted, for a vote (their own pages read their choice again), and
 * null for anything else.
 */
public record PollChanged(long pollId, long dialogueId, Long voterId) implements CrossNode {}
