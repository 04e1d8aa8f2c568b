package org.citizendialogue.notification;

import org.citizendialogue.shared.cluster.CrossNode;

/** A person's notices changed (new ones, or read): the bell's count on their open pages, on every node. */
public record NoticesChanged(long accountId) implements CrossNode {}
