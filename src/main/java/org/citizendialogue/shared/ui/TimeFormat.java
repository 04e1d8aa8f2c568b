package org.citizendialogue.shared.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Times as residents of the bureau's city read them, in the UI's language. The formatters are
 * made once per language and kept (they are immutable): a page of cards formats dozens of times,
 * and building a localized formatter each time was measurable on every page open (issue 13).
 */
@Component
public class TimeFormat {

    private final ZoneId zone;
    private final Map<Locale, DateTimeFormatter> dateTimes = new ConcurrentHashMap<>();
    private final Map<Locale, DateTimeFormatter> times = new ConcurrentHashMap<>();
    private final Map<Locale, DateTimeFormatter> dates = new ConcurrentHashMap<>();

    TimeFormat(ZoneId displayZone) {
        this.zone = displayZone;
    }

    public String dateTime(Instant instant, Locale locale) {
        return instant == null
                ? ""
                : dateTimes
                        .computeIfAbsent(
                                locale,
                                l -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                                        .withLocale(l)
                                        .withZone(zone))
                        .format(instant);
    }

    /** A time of day to the second, for "try again at" within the hour. */
    public String time(Instant instant, Locale locale) {
        return instant == null
                ? ""
                : times.computeIfAbsent(
                                locale,
                                l -> DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM)
                                        .withLocale(l)
                                        .withZone(zone))
                        .format(instant);
    }

    public String date(Instant instant, Locale locale) {
        return instant == null
                ? ""
                : dates.computeIfAbsent(
                                locale,
                                l -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                        .withLocale(l)
                                        .withZone(zone))
                        .format(instant);
    }

    /** A calendar date (a due date, a promised date). */
    public String date(LocalDate date, Locale locale) {
        return date == null
                ? ""
                : dates.computeIfAbsent(
                                locale,
                                l -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                        .withLocale(l)
                                        .withZone(zone))
                        .format(date);
    }

    /** The machine-readable form for a {@code <time datetime>} attribute. */
    public String iso(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(zone).format(instant);
    }
}
