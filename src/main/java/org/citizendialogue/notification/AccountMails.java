package org.citizendialogue.notification;

import java.util.List;
import java.util.function.Consumer;

import org.citizendialogue.account.AccountService;
import org.citizendialogue.account.Contact;
import org.citizendialogue.account.EmailVerificationRequested;
import org.citizendialogue.account.PasswordResetRequested;
import org.citizendialogue.account.RegistrationWithExistingEmail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The e-mails about a person's account, once what asked for them commits, in the person's language:
 * the link that confirms a new address and the warning to the owner of an existing one (decision
 * 021), and the password reset link (decision 018). An account gone meanwhile gets nothing.
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
        to(requested.accountId(), contact -> mailer.sendVerification(contact, requested.token()));
    }

    @TransactionalEventListener
    void on(RegistrationWithExistingEmail attempted) {
        to(attempted.accountId(), mailer::sendRegistrationWithExistingEmail);
    }

    @TransactionalEventListener
    void on(PasswordResetRequested requested) {
        to(requested.accountId(), contact -> mailer.sendPasswordReset(contact, requested.token()));
    }

    private void to(long accountId, Consumer<Contact> send) {
        var contact = accounts.contacts(List.of(accountId)).get(accountId);
        if (contact != null) {
            send.accept(contact);
        }
    }
}
