package org.citizendialogue.notification;

import java.util.List;

import org.citizendialogue.account.AccountRegistered;
import org.citizendialogue.shared.PersonalDataEraser;
import org.citizendialogue.shared.PersonalDataSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.core.JsonGenerator;

/**
 * The person's notices, what they follow and their e-mail setting: for "download my data", for
 * deleting the account (all of it goes, with the e-mails to them still in the demo outbox), and
 * the e-mail choice made at sign-up (issue 12).
 */
@Component
class NotificationPersonalData implements PersonalDataSource, PersonalDataEraser {

    private final JdbcClient jdbc;
    private final Outbox outbox;

    NotificationPersonalData(JdbcClient jdbc, Outbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    /** In the sign-up's transaction: e-mail notifications only when ticked on the form. */
    @EventListener
    void registered(AccountRegistered event) {
        jdbc.sql(
                        "INSERT INTO mail_setting (account_id, setting) VALUES (?, ?) ON DUPLICATE KEY UPDATE setting = VALUES(setting)")
                .params(event.accountId(), (event.emailNotifications() ? MailSetting.ALL : MailSetting.NONE).name())
                .update();
    }

    @Override
    public int erasureOrder() {
        return 30;
    }

    @Override
    public void erase(Erasure erasure) {
        var id = erasure.accountId();
        jdbc.sql("DELETE FROM notice WHERE account_id = ?").param(id).update();
        jdbc.sql("DELETE FROM follow WHERE account_id = ?").param(id).update();
        jdbc.sql("DELETE FROM mail_setting WHERE account_id = ?").param(id).update();
        outbox.forget(erasure.email());
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
        PersonalDataSource.writeRows(
                json,
                "follows",
                jdbc.sql(
                                "SELECT target_type, target_id, created_at FROM follow WHERE account_id = ? ORDER BY created_at")
                        .param(accountId));
        json.writeStringProperty(
                "email_notifications",
                jdbc.sql("SELECT setting FROM mail_setting WHERE account_id = ?")
                        .param(accountId)
                        .query(String.class)
                        .optional()
                        .orElse(MailSetting.NONE.name()));
    }
}
