package org.citizendialogue.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The public scorecard over a period (issue 17, part 2): all programmes (or the one chosen), each
 * programme and each bureau, and month by month for the charts.
 */
public record Scorecard(
        LocalDate from,
        LocalDate to,
        int responseDays,
        String programme,
        ScorecardFigures all,
        List<ScorecardFigures> programmes,
        List<ScorecardFigures> bureaus,
        List<Month> months) {

    /** One month of the period: its response and satisfaction. */
    public record Month(YearMonth month, Share response, Satisfaction satisfaction) {}
}
