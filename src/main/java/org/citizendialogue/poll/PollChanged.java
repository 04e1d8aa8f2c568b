package org.citizendialogue.poll;

/** A poll was prepared, opened, closed or voted on: its pages on every node reload it after the commit. */
public record PollChanged(long pollId, long dialogueId) implements org.citizendialogue.shared.cluster.CrossNode {
}
