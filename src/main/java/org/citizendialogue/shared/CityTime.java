package org.citizendialogue.shared;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** An instant as the residents of the bureau's city read it, in the reader's language. */
public record CityTime(Instant at, ZoneId zone) implements Localized {

    @Override
    public String in(Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(zone).format(at);
    }

    @Override
    public String toString() {
        return in(Locale.ENGLISH);
    }
}
