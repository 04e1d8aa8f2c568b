package org.citizendialogue.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The first admin, made by the operator rather than by sign-up, counts as verified (decision 021). */
class FirstAdminVerifiedTest {

    @Test
    void the_first_admin_counts_as_verified() {
        var accounts = mock(AccountRepository.class);
        when(accounts.countAdmins()).thenReturn(0L);
        when(accounts.findByEmail(any())).thenReturn(Optional.empty());
        var passwords = mock(PasswordEncoder.class);
        when(passwords.encode(any())).thenReturn("{noop}hash");
        new FirstAdmin(accounts, passwords, Clock.systemUTC(), "Root@Example.org", "lanterns over the houhai lake")
                .run(null);
        var saved = ArgumentCaptor.forClass(Account.class);
        verify(accounts).save(saved.capture());
        assertThat(saved.getValue().email()).isEqualTo("root@example.org");
        assertThat(saved.getValue().emailVerified()).isTrue();
    }
}
