package org.citizendialogue.shared.live;

/** A navigation count changed (for example the pending submissions beside "Moderation"). */
public record CountChanged(String itemId, long count) {}
