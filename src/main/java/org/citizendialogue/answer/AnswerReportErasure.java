package org.citizendialogue.answer;

import org.citizendialogue.shared.PersonalDataEraser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Deleting an account takes the person's reports of answers with it (issue 12). */
@Component
class AnswerReportErasure implements PersonalDataEraser {

    private final JdbcClient jdbc;

    AnswerReportErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int erasureOrder() {
        return 25;
    }

    @Override
    public void erase(Erasure erasure) {
        jdbc.sql("SELECT detail FROM answer_report WHERE reporter_id = ?")
                .param(erasure.accountId())
                .query(String.class)
                .list()
                .forEach(erasure::erased);
        jdbc.sql("DELETE FROM answer_report WHERE reporter_id = ?")
                .param(erasure.accountId())
                .update();
    }
}
