package org.citizendialogue.programme;

import java.time.Instant;

import org.citizendialogue.shared.Bilingual;

/** A programme as listed on the home page; texts in both languages. */
public record ProgrammeCard(
        long id,
        String slug,
        Bilingual title,
        Bilingual guestName,
        Bilingual guestTitle,
        Bilingual bureauName,
        ProgrammeStatus status,
        Instant startsAt) {}
