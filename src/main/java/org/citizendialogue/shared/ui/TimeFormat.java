package org.citizendialogue.shared.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.stereotype.Component;

/** Times as residents of the bureau's city read them, in the UI's language. */
@Component
public class TimeFormat {

    private final ZoneId zone;

    TimeFormat(ZoneId displayZone) {
        this.zone = displayZone;
    }

    public String dateTime(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone).format(instant);
    }

    /** A time of day to the second, for "try again at" within the hour. */
    public String time(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM)
                .withLocale(locale).withZone(zone).format(instant);
    }

    public String date(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale).withZone(zone).format(instant);
    }

    /** A calendar date (a due date, a promised date). */
    public String date(java.time.LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    /** The machine-readable form for a {@code <time datetime>} attribute. */
    public String iso(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(zone).format(instant);
    }
}
