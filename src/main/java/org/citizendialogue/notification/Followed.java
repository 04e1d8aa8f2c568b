package org.citizendialogue.notification;

import org.citizendialogue.shared.Bilingual;

/**
 * Something the person follows, with what a list shows of it: a label and its address. A topic's
 * label is "programme › topic" in each language; a question's is its excerpt, user text as written,
 * the same in both.
 */
public record Followed(FollowTarget target, long targetId, Bilingual label, String path) {}
