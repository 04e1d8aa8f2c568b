package org.citizendialogue.account;

import java.util.List;

import org.citizendialogue.shared.PersonalDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.core.JsonGenerator;

/** The account, its roles and consents, and the suspensions the person received, for "download my data". */
@Component
class AccountPersonalData implements PersonalDataSource {

    private final JdbcClient jdbc;

    AccountPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
                SELECT a.id, a.email, a.display_name, a.public_title, a.preferred_locale, a.created_at,
                       a.privacy_consent_at, a.email_verified_at, f.confirmed_at IS NOT NULL AS second_factor_enrolled
                FROM account a LEFT JOIN second_factor f ON f.account_id = a.id WHERE a.id = ?
                """).param(accountId).query(row -> {
                    PersonalDataSource.writeRow(json, row);
                });
        json.writeName("roles");
        json.writeStartArray();
        jdbc.sql("SELECT role FROM account_role WHERE account_id = ? ORDER BY role").param(accountId).query(String.class).list()
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
}
