package org.citizendialogue.support;

import org.citizendialogue.account.AccountService;
import org.citizendialogue.account.RegistrationDraft;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A second (third…) moderator for tests of colleagues working the queue at the same time. */
@Component
public class Moderators {

    private final AccountService accounts;
    private final JdbcClient jdbc;

    Moderators(AccountService accounts, JdbcClient jdbc) {
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    /** Registers a new account with the moderator role and returns the e-mail to act as. */
    public String register(String displayName) {
        var email = "moderator-" + System.nanoTime() + "@example.org";
        accounts.register(new RegistrationDraft(email, displayName, Residents.PASSWORD, true));
        jdbc.sql("UPDATE account SET email_verified_at = NOW(6) WHERE email = ?")
                .param(email)
                .update();
        jdbc.sql("INSERT INTO account_role (account_id, role) SELECT id, 'MODERATOR' FROM account WHERE email = ?")
                .param(email)
                .update();
        return email;
    }
}
