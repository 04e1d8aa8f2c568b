package org.citizendialogue.notification;

import java.util.List;

import org.citizendialogue.account.AccountService;
import org.citizendialogue.account.EmailVerificationRequested;
import org.citizendialogue.account.RegistrationWithExistingEmail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The e-mails of registration (decision 021), once the registration commits, in the person's
 * language: the link that confirms a new address, or the warning to the owner of an existing one.
 */
@Component
class AccountMails {

    private final AccountService accounts;
    private final Mailer mailer;

    AccountMails(AccountService accounts, Mailer mailer) {
        this.accounts = accounts;
        this.mailer = mailer;
    }

    @TransactionalEventListener
    void on(EmailVerificationRequested requested) {
        var contact = accounts.contacts(List.of(requested.accountId())).get(requested.accountId());
        if (contact != null) {
            mailer.sendVerification(contact, requested.token());
        }
    }

    @TransactionalEventListener
    void on(RegistrationWithExistingEmail attempted) {
        var contact = accounts.contacts(List.of(attempted.accountId())).get(attempted.accountId());
        if (contact != null) {
            mailer.sendRegistrationWithExistingEmail(contact);
        }
    }
}
