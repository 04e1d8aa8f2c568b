package org.citizendialogue.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.citizendialogue.shared.Bilingual;
import org.citizendialogue.shared.Roles;
import org.junit.jupiter.api.Test;

/** The account aggregate on its own: what registration gives, roles, the public title and confirmation. */
class AccountTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T02:00:00Z"), ZoneOffset.UTC);

    private static Account registered() {
        return Account.register("li.na@example.org", "Li Na", "{argon2}hash", "2026-12-04", CLOCK);
    }

    @Test
    void a_new_account_is_a_resident_who_agreed_to_the_notice_and_has_not_confirmed_the_address() {
        var account = registered();
        assertThat(account.roles()).containsExactly(Roles.RESIDENT);
        assertThat(account.privacyNoticeVersion()).isEqualTo("2026-12-04");
        assertThat(account.emailVerified()).isFalse();
        assertThat(account.erased()).isFalse();
        assertThat(account.publicTitle().isEmpty()).isTrue();
    }

    @Test
    void roles_are_granted_and_revoked_once() {
        var account = registered();
        account.grant(Roles.STAFF);
        account.grant(Roles.STAFF);
        assertThat(account.roles()).containsExactlyInAnyOrder(Roles.RESIDENT, Roles.STAFF);
        assertThat(account.revoke(Roles.STAFF)).isTrue();
        assertThat(account.revoke(Roles.STAFF)).as("no longer held").isFalse();
        assertThat(account.roles()).containsExactly(Roles.RESIDENT);
    }

    @Test
    void the_public_title_is_kept_in_both_languages_and_cleared_by_none() {
        var account = registered();
        account.entitle(Bilingual.of("北京市经济和信息化局新闻发言人", "Spokesperson"));
        assertThat(account.publicTitle().in(Bilingual.CHINESE)).isEqualTo("北京市经济和信息化局新闻发言人");
        assertThat(account.publicTitle().in(Bilingual.ENGLISH)).isEqualTo("Spokesperson");
        account.entitle(Bilingual.none());
        assertThat(account.publicTitle().isEmpty()).isTrue();
    }

    @Test
    void the_address_is_confirmed_once_and_keeps_its_first_time() {
        var account = registered();
        account.verifyEmail(CLOCK.instant());
        account.verifyEmail(CLOCK.instant().plusSeconds(3600));
        assertThat(account.emailVerified()).isTrue();
    }
}
