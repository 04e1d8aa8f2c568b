package org.citizendialogue.moderation;

import java.time.Instant;

/** A moderator's live claim on a pending submission: colleagues see who handles it, until when. */
public record Claim(long submissionId, long moderatorId, String moderatorName, Instant until) {}
