package org.citizendialogue.answer;

import java.time.Instant;

/** A question on air: since when, and (once another question took over) until when. */
public record OnAir(long questionId, long dialogueId, Instant startedAt, Instant endedAt) {}
