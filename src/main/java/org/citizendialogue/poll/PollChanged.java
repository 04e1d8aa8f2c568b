package org.citizendialogue.poll;

import org.citizendialogue.shared.cluster.CrossNode;

/** A poll was prepared, opened, closed or voted on: its pages on every node reload it after the commit. */
public record PollChanged(long pollId, long dialogueId) implements CrossNode {}
