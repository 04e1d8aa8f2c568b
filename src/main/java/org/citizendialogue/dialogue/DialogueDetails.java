package org.citizendialogue.dialogue;

import java.time.Instant;
import java.util.List;

/** A programme with its guest, bureau and topics, as its public page shows it. */
public record DialogueDetails(long id, String slug, String title, String summary, String guestName,
        String guestTitle, String bureauName, DialogueStatus status, Instant startsAt, String livestreamUrl,
        List<TopicSummary> topics) {
}
