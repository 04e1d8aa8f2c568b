package org.citizendialogue.account;

import java.time.Clock;
import java.util.Locale;

import org.citizendialogue.shared.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On an external database there are no demo accounts: the first admin comes from
 * DIALOGUE_ADMIN_EMAIL and DIALOGUE_ADMIN_PASSWORD, created once if no admin exists yet.
 */
@Component
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final String email;
    private final String password;

    FirstAdmin(
            AccountRepository accounts,
            PasswordEncoder passwords,
            Clock clock,
            @Value("${dialogue.admin.email:}") String email,
            @Value("${dialogue.admin.password:}") String password) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
        this.email = email;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (email.isBlank() || accounts.countAdmins() > 0) {
            return;
        }
        PasswordRules.check(password, email.strip().toLowerCase(Locale.ROOT), "Administrator");
        var normalised = email.strip().toLowerCase(Locale.ROOT);
        var admin = accounts.findByEmail(normalised)
                .orElseGet(() -> Account.register(
                        normalised, "Administrator", passwords.encode(password), PrivacyNotice.VERSION, clock));
        admin.grant(Roles.ADMIN);
        // made by the operator, not by sign-up: the address counts as confirmed (decision 021)
        admin.verifyEmail(clock.instant());
        accounts.save(admin);
        log.info("First admin account {} is ready", normalised);
    }
}
