package org.citizendialogue.verdict;

import java.util.List;

import org.citizendialogue.shared.PersonalDataEraser;
import org.citizendialogue.shared.PersonalDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.core.JsonGenerator;

/**
 * The person's verdicts and "helped me" marks: in "download my data", and gone with the account.
 * A verdict's comment is a comment submission; the submission module exports and erases it.
 */
@Component
class VerdictPersonalData implements PersonalDataSource, PersonalDataEraser {

    private final JdbcClient jdbc;

    VerdictPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int position() {
        return 26;
    }

    @Override
    public List<String> sections() {
        return List.of("answer_verdicts", "answer_helped");
    }

    @Override
    public void write(long accountId, JsonGenerator json) {
        PersonalDataSource.writeRows(json, "answer_verdicts", jdbc.sql("""
                SELECT question_id, answer_id, revision_no, rating, comment_id, rated_at, changed_at
                FROM answer_verdict WHERE account_id = ? ORDER BY rated_at
                """).param(accountId));
        PersonalDataSource.writeRows(json, "answer_helped", jdbc.sql("""
                SELECT question_id, answer_id, helped_at FROM answer_helped WHERE account_id = ? ORDER BY helped_at
                """).param(accountId));
    }

    @Override
    public int erasureOrder() {
        return 23;
    }

    @Override
    public void erase(Erasure erasure) {
        jdbc.sql("DELETE FROM answer_verdict WHERE account_id = ?")
                .param(erasure.accountId())
                .update();
        jdbc.sql("DELETE FROM answer_helped WHERE account_id = ?")
                .param(erasure.accountId())
                .update();
    }
}
