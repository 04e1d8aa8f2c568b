package org.citizendialogue.report;

import java.util.List;

import org.citizendialogue.shared.PersonalDataEraser;
import org.citizendialogue.shared.PersonalDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.core.JsonGenerator;

/**
 * A person's reports, whatever they reported, for "download my data"; deleting the account
 * deletes them, and their texts are erased wherever else they were copied (issue 12).
 */
@Component
class ReportPersonalData implements PersonalDataSource, PersonalDataEraser {

    private final JdbcClient jdbc;

    ReportPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int position() {
        return 21;
    }

    @Override
    public List<String> sections() {
        return List.of("reports");
    }

    @Override
    public void write(long accountId, JsonGenerator json) {
        PersonalDataSource.writeRows(json, "reports", jdbc.sql("""
                SELECT CASE WHEN submission_id IS NOT NULL THEN 'submission' ELSE 'answer' END AS subject,
                       COALESCE(submission_id, answer_id) AS subject_id, reason, detail AS text, reported_at
                FROM report WHERE reporter_id = ? ORDER BY reported_at, id
                """).param(accountId));
    }

    @Override
    public int erasureOrder() {
        return 19;
    }

    @Override
    public void erase(Erasure erasure) {
        jdbc.sql("SELECT detail FROM report WHERE reporter_id = ?")
                .param(erasure.accountId())
                .query(String.class)
                .list()
                .forEach(erasure::erased);
        jdbc.sql("DELETE FROM report WHERE reporter_id = ?")
                .param(erasure.accountId())
                .update();
    }
}
