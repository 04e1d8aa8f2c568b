package org.citizendialogue.account.ui;

import org.citizendialogue.account.AccountService;
import org.citizendialogue.shared.ui.PersonalPageSection;
import org.springframework.stereotype.Component;

/** Puts "change your password" on the person's own page. */
@Component
class PasswordChangeSection implements PersonalPageSection {

    private final AccountService accounts;

    PasswordChangeSection(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public int position() {
        return 90;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        return new PasswordChangeForm(accounts);
    }
}
