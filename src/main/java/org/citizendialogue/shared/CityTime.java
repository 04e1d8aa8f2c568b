package org.citizendialogue.shared;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * An instant as the residents of the bureau's city read it, in the reader's language: with its
 * date (when a suspension ends), or the time of day alone (when a rate limit lets them try again).
 */
public record CityTime(Instant at, ZoneId zone, boolean withDate) implements Localized {

    public static CityTime dateTime(Instant at, ZoneId zone) {
        return new CityTime(at, zone, true);
    }

    public static CityTime timeOfDay(Instant at, ZoneId zone) {
        return new CityTime(at, zone, false);
    }

    @Override
    public String in(Locale locale) {
        var format = withDate
                ? DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                : DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM);
        return format.withLocale(locale).withZone(zone).format(at);
    }

    @Override
    public String toString() {
        return in(Locale.ENGLISH);
    }
}
