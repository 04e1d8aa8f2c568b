package org.citizendialogue.opendata;

import java.nio.charset.StandardCharsets;

/**
 * A CSV document as RFC 4180 writes it (comma, CRLF, fields with a comma, quote or line break in
 * double quotes, quotes doubled), in UTF-8 with a byte order mark so that Excel reads Chinese
 * right. Text cells that a spreadsheet would run as a formula (starting with = + - @, a tab or a
 * carriage return) get a leading single quote.
 */
final class CsvTable {

    private final StringBuilder out = new StringBuilder("\uFEFF");

    /** Adds one row; numbers are written as they are, anything else as text. */
    CsvTable row(Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells[i]));
        }
        out.append("\r\n");
        return this;
    }

    byte[] bytes() {
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number) {
            return value.toString();
        }
        var text = neutralised(value.toString());
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    static String neutralised(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
