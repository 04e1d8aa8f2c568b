package org.citizendialogue.poll;

import java.util.List;

import org.citizendialogue.shared.PersonalDataEraser;
import org.citizendialogue.shared.PersonalDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.core.JsonGenerator;

/** The person's poll votes: in "download my data", and gone with the account, the counts following (issue 12). */
@Component
class PollPersonalData implements PersonalDataSource, PersonalDataEraser {

    private final JdbcClient jdbc;

    PollPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int position() {
        return 25;
    }

    @Override
    public List<String> sections() {
        return List.of("poll_votes");
    }

    @Override
    public void write(long accountId, JsonGenerator json) {
        PersonalDataSource.writeRows(json, "poll_votes", jdbc.sql("""
                SELECT v.poll_id, p.question_en, p.question_zh, o.label_en AS choice_en, o.label_zh AS choice_zh, v.cast_at
                FROM poll_vote v JOIN poll p ON p.id = v.poll_id JOIN poll_option o ON o.id = v.option_id
                WHERE v.account_id = ? ORDER BY v.cast_at
                """).param(accountId));
    }

    @Override
    public int erasureOrder() {
        return 22;
    }

    @Override
    public void erase(Erasure erasure) {
        jdbc.sql(
                        "UPDATE poll_option o JOIN poll_vote v ON v.option_id = o.id AND v.account_id = ? SET o.vote_count = o.vote_count - 1")
                .param(erasure.accountId())
                .update();
        jdbc.sql("DELETE FROM poll_vote WHERE account_id = ?")
                .param(erasure.accountId())
                .update();
    }
}
