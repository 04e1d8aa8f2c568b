package org.citizendialogue.report;

/**
 * The kinds of content residents report, each a column of the one {@code report} table with a
 * foreign key to its own table (decision 036): a question or comment, or an official answer.
 */
public enum ReportSubject {
    SUBMISSION("submission_id"),
    ANSWER("answer_id");

    private final String column;

    ReportSubject(String column) {
        this.column = column;
    }

    /** The report table's column that holds this kind's id: a constant, never user input. */
    String column() {
        return column;
    }
}
