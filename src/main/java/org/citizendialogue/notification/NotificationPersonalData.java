package org.citizendialogue.notification;

import java.util.List;

import org.citizendialogue.shared.PersonalDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.core.JsonGenerator;

/** The person's notices, what they follow and their e-mail setting, for "download my data". */
@Component
class NotificationPersonalData implements PersonalDataSource {

    private final JdbcClient jdbc;

    NotificationPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int position() {
        return 30;
    }

    @Override
    public List<String> sections() {
        return List.of("notices", "follows", "email_notifications");
    }

    @Override
    public void write(long accountId, JsonGenerator json) {
        PersonalDataSource.writeRows(json, "notices", jdbc.sql("""
                SELECT kind, question_id, excerpt, detail, created_at, read_at FROM notice WHERE account_id = ? ORDER BY created_at, id
                """).param(accountId));
        PersonalDataSource.writeRows(json, "follows", jdbc.sql(
                "SELECT target_type, target_id, created_at FROM follow WHERE account_id = ? ORDER BY created_at").param(accountId));
        json.writeStringProperty("email_notifications", jdbc.sql("SELECT setting FROM mail_setting WHERE account_id = ?")
                .param(accountId).query(String.class).optional().orElse(MailSetting.ALL.name()));
    }
}
