package org.citizendialogue.submission;

import java.time.Instant;

/** One admin-managed blocked word or phrase, as the admin screen lists it. */
public record BlockedPhrase(long id, int version, String phrase, PhraseAction action, Instant createdAt) {}
