package org.citizendialogue.dialogue;

import java.time.Instant;

/** A programme as listed on the home page. */
public record DialogueCard(long id, String slug, String title, String guestName, String guestTitle,
        String bureauName, DialogueStatus status, Instant startsAt) {
}
