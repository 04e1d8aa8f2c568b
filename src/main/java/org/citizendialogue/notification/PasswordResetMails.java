package org.citizendialogue.notification;

import java.util.List;

import org.citizendialogue.account.AccountService;
import org.citizendialogue.account.PasswordResetRequested;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Mails the password reset link once the token is stored, in the person's language. */
@Component
class PasswordResetMails {

    private final AccountService accounts;
    private final Mailer mailer;

    PasswordResetMails(AccountService accounts, Mailer mailer) {
        this.accounts = accounts;
        this.mailer = mailer;
    }

    @TransactionalEventListener
    void on(PasswordResetRequested requested) {
        var contact = accounts.contacts(List.of(requested.accountId())).get(requested.accountId());
        if (contact != null) {
            mailer.sendPasswordReset(contact, requested.token());
        }
    }
}
