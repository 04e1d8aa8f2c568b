package org.citizendialogue.poll;

/** Prepared (only staff see it), open (residents vote), closed (final results, public record). */
public enum PollStatus {
    DRAFT,
    OPEN,
    CLOSED
}
