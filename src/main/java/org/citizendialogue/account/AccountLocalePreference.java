package org.citizendialogue.account;

import java.util.Locale;
import java.util.Optional;

import org.citizendialogue.shared.ui.LocalePreference;
import org.springframework.stereotype.Component;

/** Keeps a signed-in person's language in their account. */
@Component
class AccountLocalePreference implements LocalePreference {

    private final AccountService accounts;

    AccountLocalePreference(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<Locale> preferred() {
        return accounts.preferredLocale();
    }

    @Override
    public void remember(Locale locale) {
        accounts.rememberLocale(locale);
    }
}
