package org.citizendialogue.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.core.JsonGenerator;

/**
 * What one module holds about a person, for "download my data" (issue 12): each module writes
 * its own sections, so the export needs to know none of their tables. A section is a property
 * of the exported JSON object (an object or an array); its explanation is the translation
 * {@code export.section.<name>}.
 */
public interface PersonalDataSource {

    /** Where the sections go in the file; lower first. */
    int position();

    /** The names of the sections {@link #write} writes, in order. */
    List<String> sections();

    /** Writes the sections (name and value each) for the account; never other people's data. */
    void write(long accountId, JsonGenerator json);

    /**
     * Writes the current row as an object: each column under its label, times as UTC instants,
     * numbers and text as they are, nulls as null.
     */
    static void writeRow(JsonGenerator json, ResultSet row) throws SQLException {
        var meta = row.getMetaData();
        json.writeStartObject();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            var name = meta.getColumnLabel(i);
            var value = row.getObject(i);
            if (value == null) {
                json.writeNullProperty(name);
            } else if (value instanceof Timestamp || value instanceof LocalDateTime) {
                json.writeStringProperty(name, row.getTimestamp(i).toInstant().toString());
            } else if (value instanceof Boolean b) {
                json.writeBooleanProperty(name, b);
            } else if (value instanceof Number n) {
                json.writeNumberProperty(name, n.longValue());
            } else {
                json.writeStringProperty(name, value.toString());
            }
        }
        json.writeEndObject();
    }

    /** Writes a section as an array of the rows the query returns. */
    static void writeRows(JsonGenerator json, String section, JdbcClient.StatementSpec query) {
        json.writeName(section);
        json.writeStartArray();
        query.query(row -> {
            writeRow(json, row);
        });
        json.writeEndArray();
    }
}
