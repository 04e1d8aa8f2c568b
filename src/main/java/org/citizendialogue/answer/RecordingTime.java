package org.citizendialogue.answer;

import java.util.regex.Pattern;

import org.citizendialogue.shared.DomainException;

/** "mm:ss" into a broadcast recording, kept as seconds. */
final class RecordingTime {

    private static final Pattern MM_SS = Pattern.compile("(\\d{1,3}):([0-5]\\d)");

    private RecordingTime() {}

    static Integer parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var m = MM_SS.matcher(text.strip());
        if (!m.matches()) {
            throw DomainException.atField(field, "answer.error.recording-time");
        }
        return Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
    }

    static String format(Integer seconds) {
        return seconds == null ? null : String.format("%02d:%02d", seconds / 60, seconds % 60);
    }
}
