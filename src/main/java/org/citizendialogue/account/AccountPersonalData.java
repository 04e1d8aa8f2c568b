package org.citizendialogue.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.citizendialogue.shared.PersonalDataErased;
import org.citizendialogue.shared.PersonalDataEraser;
import org.citizendialogue.shared.PersonalDataSource;
import org.citizendialogue.shared.cluster.OnEveryNode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.core.JsonGenerator;

/**
 * The account, its roles and consents, and the suspensions the person received: for "download
 * my data", and erased when the account is deleted (issue 12, decision 024).
 */
@Component
class AccountPersonalData implements PersonalDataSource, PersonalDataEraser {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SignedInSessions sessions;
    private final RolesCache roles;

    AccountPersonalData(JdbcClient jdbc, Clock clock, SignedInSessions sessions, RolesCache roles) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.sessions = sessions;
        this.roles = roles;
    }

    @Override
    public int position() {
        return 10;
    }

    @Override
    public List<String> sections() {
        return List.of("account", "roles", "suspensions", "sign_in_history");
    }

    @Override
    public void write(long accountId, JsonGenerator json) {
        json.writeName("account");
        jdbc.sql("""
                SELECT a.id, a.email, a.display_name, a.public_title, a.public_title_zh, a.preferred_locale, a.created_at,
                       a.privacy_consent_at, a.privacy_notice_version, a.email_verified_at, f.confirmed_at IS NOT NULL AS second_factor_enrolled
                FROM account a LEFT JOIN second_factor f ON f.account_id = a.id WHERE a.id = ?
                """).param(accountId).query(row -> {
            PersonalDataSource.writeRow(json, row);
        });
        json.writeName("roles");
        json.writeStartArray();
        jdbc.sql("SELECT role FROM account_role WHERE account_id = ? ORDER BY role")
                .param(accountId)
                .query(String.class)
                .list()
                .forEach(json::writeString);
        json.writeEndArray();
        PersonalDataSource.writeRows(json, "suspensions", jdbc.sql("""
                SELECT reason, starts_at, until_at, lifted_at FROM suspension WHERE account_id = ? ORDER BY starts_at
                """).param(accountId));
        // sign-ins are written to the security log only (decision 020), never kept per person in the database
        json.writeName("sign_in_history");
        json.writeStartArray();
        json.writeEndArray();
    }

    @Override
    public int erasureOrder() {
        return 100;
    }

    /**
     * Last of all: the account keeps its row and id (what published text, counted votes and the
     * audit log point at) with no e-mail, no password, an empty name and the time it was erased;
     * its roles, factors, tokens and the suspensions it received go, and its name goes from the
     * suspensions it once gave or lifted.
     */
    @Override
    public void erase(Erasure erasure) {
        var id = erasure.accountId();
        for (var table : new String[] {
            "recovery_code",
            "second_factor",
            "password_reset_token",
            "email_verification_token",
            "suspension",
            "account_role"
        }) {
            jdbc.sql("DELETE FROM " + table + " WHERE account_id = ?").param(id).update();
        }
        jdbc.sql("UPDATE suspension SET suspended_by_name = '' WHERE suspended_by = ?")
                .param(id)
                .update();
        jdbc.sql("UPDATE suspension SET lifted_by_name = '' WHERE lifted_by = ?")
                .param(id)
                .update();
        jdbc.sql("""
                UPDATE account SET email = NULL, display_name = '', password_hash = NULL, public_title = NULL, public_title_zh = NULL,
                       preferred_locale = NULL, erased_at = ?, version = version + 1
                WHERE id = ?
                """).params(Timestamp.from(clock.instant()), id).update();
    }

    /** After the commit, on every node: the person's sessions there end, and no cached role outlives the account. */
    @OnEveryNode
    public void erased(PersonalDataErased event) {
        sessions.endAll(event.accountId());
        roles.forget(event.accountId());
    }
}
