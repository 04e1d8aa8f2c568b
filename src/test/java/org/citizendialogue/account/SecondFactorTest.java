package org.citizendialogue.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.citizendialogue.moderation.QueueService;
import org.citizendialogue.shared.CurrentUser;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.limits.LimitSettings;
import org.citizendialogue.shared.limits.RateLimitedException;
import org.citizendialogue.shared.limits.RateLimits;
import org.citizendialogue.support.Acting;
import org.citizendialogue.support.Demo;
import org.citizendialogue.support.IntegrationTest;
import org.citizendialogue.support.Residents;
import org.citizendialogue.support.TotpCodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * The second step of sign-in (issue 11, decision 023): a back-office session signed in with the
 * password alone holds no role, in views and services alike, until a code from the enrolled
 * authenticator (or a recovery code) is given; codes work once; attempts are limited; an admin
 * resets a lost factor; residents may opt in.
 */
@IntegrationTest
class SecondFactorTest {

    @Autowired
    SecondFactors factors;

    @Autowired
    RolesCache rolesCache;

    @Autowired
    SecondFactorPolicy policy;

    @Autowired
    UserDetailsService users;

    @Autowired
    QueueService queue;

    @Autowired
    Residents residents;

    @Autowired
    Acting acting;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RateLimits limits;

    @AfterEach
    void clearContext() {
        acting.clear();
        limits.reset();
    }

    private String moderator() {
        var email = residents.register("Wu Qiang");
        jdbc.sql("INSERT INTO account_role (account_id, role) SELECT id, 'MODERATOR' FROM account WHERE email = ?")
                .param(email)
                .update();
        rolesCache.forget(id(email));
        return email;
    }

    private long id(String email) {
        return residents.idOf(email);
    }

    /** A fresh sign-in with the password, as the form login leaves it, after the next request's filter. */
    private Authentication signInWithPassword(String email) throws Exception {
        var user = users.loadUserByUsername(email);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        acting.setContext(context);
        return nextRequest();
    }

    /** The authentication a request of this session carries once the roles filter has run. */
    private Authentication nextRequest() throws Exception {
        var filter = new RolesRefreshFilter(
                rolesCache, policy, new HttpSessionSecurityContextRepository(), acting.strategy());
        var seen = new Authentication[1];
        filter.doFilter(
                new MockHttpServletRequest("GET", "/moderation"),
                new MockHttpServletResponse(),
                (request, response) -> seen[0] = acting.context().getAuthentication());
        acting.setContext(acting.context());
        return seen[0];
    }

    /** Whether the session (as this application context's method security sees it) still owes the second step. */
    private boolean pending() {
        return authorities(acting.context().getAuthentication()).contains(CurrentUser.SECOND_FACTOR_PENDING);
    }

    private static List<String> authorities(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .toList();
    }

    private String enrol(String email) throws Exception {
        signInWithPassword(email);
        var secret = factors.startEnrolment().secret();
        factors.confirmEnrolment(TotpCodes.next(jdbc, email, secret));
        acting.clear();
        return secret;
    }

    @Test
    void a_back_office_sign_in_with_the_password_alone_holds_no_role_until_the_factor_is_enrolled() throws Exception {
        var email = moderator();

        var pending = signInWithPassword(email);

        assertThat(authorities(pending)).containsExactly(CurrentUser.SECOND_FACTOR_PENDING);
        assertThat(pending()).isTrue();
        assertThatThrownBy(() -> queue.claims(List.of(1L))).isInstanceOf(AccessDeniedException.class);

        var enrolment = factors.startEnrolment();
        assertThat(enrolment.secret()).matches("[A-Z2-7]{32}");
        assertThat(enrolment.qrCode()).startsWith("data:image/png;base64,");
        var recovery = factors.confirmEnrolment(TotpCodes.next(jdbc, email, enrolment.secret()));

        assertThat(recovery).hasSize(10).doesNotHaveDuplicates();
        assertThat(authorities(acting.context().getAuthentication()))
                .contains("ROLE_MODERATOR", "ROLE_RESIDENT", SessionAuthentication.SECOND_FACTOR_DONE)
                .doesNotContain(CurrentUser.SECOND_FACTOR_PENDING);
        assertThat(queue.claims(List.of(1L))).isNotNull();
        assertThat(authorities(nextRequest()))
                .as("the next request keeps the roles")
                .contains("ROLE_MODERATOR");
        assertThat(jdbc.sql("SELECT code_hash FROM recovery_code WHERE account_id = ?")
                        .param(id(email))
                        .query(String.class)
                        .list())
                .as("only hashes are stored")
                .hasSize(10)
                .allMatch(h -> h.matches("[0-9a-f]{64}"))
                .doesNotContainAnyElementsOf(recovery);
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM audit_entry WHERE action = 'SECOND_FACTOR_ENROLLED' AND target_id = ?")
                        .param(id(email))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void an_enrolled_person_signs_in_with_a_current_code_which_works_only_once() throws Exception {
        var email = moderator();
        var secret = enrol(email);

        signInWithPassword(email);
        assertThatThrownBy(() -> factors.verify("000000"))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "mfa.error.wrong-code");
        assertThat(pending()).isTrue();
        var code = TotpCodes.next(jdbc, email, secret);
        factors.verify(code);
        assertThat(pending()).isFalse();
        assertThat(queue.claims(List.of(1L))).isNotNull();

        signInWithPassword(email);
        assertThatThrownBy(() -> factors.verify(code))
                .as("the same code again (replayed)")
                .isInstanceOf(DomainException.class);
        assertThat(authorities(nextRequest())).containsExactly(CurrentUser.SECOND_FACTOR_PENDING);
    }

    @Test
    void passing_and_failing_the_second_step_are_security_events() throws Exception {
        var log = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger("security");
        var lines = new ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
        lines.start();
        log.addAppender(lines);
        try {
            var email = moderator();
            var secret = enrol(email);
            signInWithPassword(email);
            assertThatThrownBy(() -> factors.verify("000000")).isInstanceOf(DomainException.class);
            factors.verify(TotpCodes.next(jdbc, email, secret));
            var messages = lines.list.stream()
                    .map(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage)
                    .toList();
            assertThat(messages)
                    .anyMatch(m -> m.startsWith("SECOND_FACTOR_ENROLLED account=" + id(email)))
                    .anyMatch(m -> m.startsWith("SECOND_FACTOR_FAILED account=" + id(email)))
                    .anyMatch(m -> m.startsWith("SECOND_FACTOR_PASSED account=" + id(email) + " with=code"))
                    .noneMatch(m -> m.contains(secret));
        } finally {
            log.detachAppender(lines);
        }
    }

    @Test
    void a_recovery_code_replaces_the_app_once() throws Exception {
        var email = moderator();
        signInWithPassword(email);
        var enrolment = factors.startEnrolment();
        var recovery = factors.confirmEnrolment(TotpCodes.next(jdbc, email, enrolment.secret()));

        signInWithPassword(email);
        factors.verify(recovery.get(3).toUpperCase());
        assertThat(pending()).isFalse();
        assertThat(factors.recoveryCodesLeft()).isEqualTo(9);

        signInWithPassword(email);
        assertThatThrownBy(() -> factors.verify(recovery.get(3))).isInstanceOf(DomainException.class);
    }

    @Autowired
    LimitSettings limitSettings;

    @Test
    void guessing_codes_is_limited_per_account_and_right_codes_do_not_count() throws Exception {
        // the test configuration is generous; this test sets the production allowance for its duration
        var rule = limitSettings.getSecondFactor();
        var previous = rule.getPerMinute();
        rule.setPerMinute(5);
        limits.reset();
        try {
            var email = moderator();
            var secret = enrol(email);
            signInWithPassword(email);
            for (int i = 0; i < 4; i++) {
                assertThatThrownBy(() -> factors.verify("123456"))
                        .isInstanceOf(DomainException.class)
                        .isNotInstanceOf(RateLimitedException.class);
            }
            factors.verify(TotpCodes.next(jdbc, email, secret));
            signInWithPassword(email);
            assertThatThrownBy(() -> factors.verify("123456"))
                    .as("the fifth wrong one")
                    .isInstanceOf(DomainException.class)
                    .isNotInstanceOf(RateLimitedException.class);
            assertThatThrownBy(() -> factors.verify("123456")).isInstanceOf(RateLimitedException.class);
        } finally {
            rule.setPerMinute(previous);
            limits.reset();
        }
    }

    @Test
    void an_admin_resets_a_colleague_s_lost_factor_audited_and_nobody_else_can() throws Exception {
        var email = moderator();
        enrol(email);
        var accountId = id(email);

        assertThatThrownBy(() -> acting.run(Demo.MODERATOR, () -> factors.reset(accountId)))
                .isInstanceOf(AccessDeniedException.class);
        acting.run(Demo.ADMIN, () -> factors.reset(accountId));

        assertThat(jdbc.sql("SELECT COUNT(*) FROM second_factor WHERE account_id = ?")
                        .param(accountId)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM recovery_code WHERE account_id = ?")
                        .param(accountId)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'SECOND_FACTOR_RESET' AND target_id = ?")
                        .param(accountId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        signInWithPassword(email);
        assertThat(factors.enrolled()).as("enrols again at the next sign-in").isFalse();
        assertThat(pending()).isTrue();
    }

    @Test
    void a_resident_may_opt_in_is_then_asked_for_the_code_and_may_switch_it_off() throws Exception {
        var email = residents.register("Careful Resident");
        assertThat(authorities(signInWithPassword(email))).containsExactly("ROLE_RESIDENT");
        assertThat(factors.optional()).isTrue();

        var secret = enrol(email);
        assertThat(authorities(signInWithPassword(email))).containsExactly(CurrentUser.SECOND_FACTOR_PENDING);
        factors.verify(TotpCodes.next(jdbc, email, secret));

        factors.switchOff(TotpCodes.next(jdbc, email, secret));
        assertThat(authorities(signInWithPassword(email))).containsExactly("ROLE_RESIDENT");
    }

    @Test
    void the_back_office_cannot_switch_it_off() throws Exception {
        var email = moderator();
        var secret = enrol(email);
        signInWithPassword(email);
        factors.verify(TotpCodes.next(jdbc, email, secret));
        assertThat(factors.optional()).isFalse();
        assertThatThrownBy(() -> factors.switchOff(TotpCodes.next(jdbc, email, secret)))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "mfa.error.required");
    }

    @Test
    void the_demo_shows_the_current_code_only_for_the_demo_accounts() throws Exception {
        signInWithPassword(Demo.MODERATOR);
        var shown = factors.demoCode().orElseThrow();
        long now = TotpCodes.stepNow();
        assertThat(List.of(TotpCodes.at(TotpCodes.DEMO_SECRET, now - 1), TotpCodes.at(TotpCodes.DEMO_SECRET, now)))
                .contains(shown);

        var email = moderator();
        enrol(email);
        signInWithPassword(email);
        assertThat(factors.demoCode()).isEmpty();
    }
}
