package org.citizendialogue.programme;

import java.time.Instant;
import java.util.List;

import org.citizendialogue.shared.Bilingual;

/** A programme with its guest, bureau, series and topics, as its public page shows it; texts in both languages. */
public record ProgrammeDetails(
        long id,
        String slug,
        Bilingual title,
        Bilingual summary,
        Bilingual guestName,
        Bilingual guestTitle,
        Bilingual bureauName,
        Bilingual series,
        ProgrammeStatus status,
        Instant startsAt,
        String livestreamUrl,
        List<TopicSummary> topics) {}
