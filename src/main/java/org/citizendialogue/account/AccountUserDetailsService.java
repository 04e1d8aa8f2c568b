package org.citizendialogue.account;

import java.util.Locale;

import org.citizendialogue.shared.SignedInUser;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return accounts.findByEmail(email.strip().toLowerCase(Locale.ROOT))
                .map(a -> new SignedInUser(a.id(), a.email(), a.displayName(), a.passwordHash(), a.roles()))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    /**
     * Called by the authentication provider after a successful sign-in whose stored hash is not
     * in the current format (bcrypt before Argon2id): stores the new hash.
     */
    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, String newPasswordHash) {
        var account = accounts.findByEmail(user.getUsername().strip().toLowerCase(Locale.ROOT))
                .orElseThrow();
        account.changePasswordHash(newPasswordHash);
        accounts.save(account);
        return new SignedInUser(account.id(), account.email(), account.displayName(), newPasswordHash, account.roles());
    }
}
