package org.citizendialogue.statistics;

import java.time.Duration;

import org.citizendialogue.shared.Bilingual;

/**
 * The four figures of a programme, a bureau or all of them over a period: response (published
 * questions answered within the response days, of those whose days are over or that were
 * answered), resolution (commitments done by their due date, of those due), satisfaction, and the
 * median time from publication to answer (null without answers). {@code key} is the programme's
 * slug, the bureau's English name, or {@code all}.
 */
public record ScorecardFigures(
        String key,
        Bilingual name,
        Share response,
        Share resolution,
        Satisfaction satisfaction,
        Duration medianToAnswer) {}
