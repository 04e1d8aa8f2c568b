package org.citizendialogue.shared.cluster;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of a singleton bean taking one {@link CrossNode} event: it runs after the change
 * commits, on the node where it happened (on the committing thread, as a
 * {@code @TransactionalEventListener} would) and on every other node when the bus brings the
 * event (on the bus's receiving thread, outside any transaction). Only for work every node does
 * for itself: live updates to its own pages, its own search index. Work that must happen once
 * (writing notices, sending e-mails) stays a {@code @TransactionalEventListener}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface OnEveryNode {}
