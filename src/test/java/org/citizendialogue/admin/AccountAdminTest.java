package org.citizendialogue.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.Filter;

import org.citizendialogue.account.AccountAdmin;
import org.citizendialogue.account.AccountRow;
import org.citizendialogue.account.AccountService;
import org.citizendialogue.account.RegistrationDraft;
import org.citizendialogue.audit.AuditLog;
import org.citizendialogue.shared.Bilingual;
import org.citizendialogue.shared.CurrentUser;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.Roles;
import org.citizendialogue.support.Acting;
import org.citizendialogue.support.Demo;
import org.citizendialogue.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.transaction.annotation.Transactional;

/** Accounts and roles: search, grant, revoke, the last admin, titles, and roles that count per request. */
@IntegrationTest
class AccountAdminTest {

    @Autowired
    AccountAdmin admin;

    @Autowired
    AccountService accounts;

    @Autowired
    AuditLog audit;

    @Autowired
    Acting acting;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    @Qualifier("springSecurityFilterChain")
    Filter securityFilters;

    private String newResident(String name) {
        var email = "acct-" + System.nanoTime() + "@example.org";
        accounts.register(new RegistrationDraft(email, name, "a long enough passphrase", true));
        return email;
    }

    private AccountRow row(String email) {
        return acting.as(Demo.ADMIN, () -> admin.search(email, 0, 10)).getFirst();
    }

    @Test
    void search_finds_by_email_or_name_a_page_at_a_time() {
        var marker = "Zhou" + System.nanoTime();
        var emails = new ArrayList<String>();
        for (int i = 0; i < 3; i++) {
            emails.add(newResident(marker + " 周 " + i));
        }
        var byName = acting.as(Demo.ADMIN, () -> admin.search(marker.toLowerCase(), 0, 50));
        assertThat(byName)
                .extracting(AccountRow::email)
                .containsExactlyInAnyOrderElementsOf(
                        emails.stream().map(AccountRow::mask).toList());
        assertThat(byName).allSatisfy(r -> assertThat(r.roles()).containsExactly(Roles.RESIDENT));
        assertThat(acting.as(Demo.ADMIN, () -> admin.search(marker, 0, 2))).hasSize(2);
        assertThat(acting.as(Demo.ADMIN, () -> admin.search(marker, 2, 2))).hasSize(1);
        assertThat(acting.as(Demo.ADMIN, () -> admin.search(emails.get(1), 0, 50)))
                .singleElement()
                .extracting(AccountRow::email)
                .isEqualTo(AccountRow.mask(emails.get(1)));
        assertThat(acting.as(Demo.ADMIN, () -> admin.search("", 0, 500)))
                .as("a page holds at most 50")
                .hasSizeLessThanOrEqualTo(50);
        assertThat(acting.as(Demo.ADMIN, () -> admin.search("%", 0, 50)))
                .as("LIKE wildcards are literal")
                .isEmpty();
    }

    @Test
    void granting_and_revoking_is_audited_with_before_and_after() {
        var email = newResident("Role Person");
        var id = row(email).id();
        acting.run(Demo.ADMIN, () -> admin.grant(id, Roles.STAFF));
        acting.run(Demo.ADMIN, () -> admin.grant(id, Roles.STAFF)); // no change, no entry
        assertThat(row(email).roles()).containsExactlyInAnyOrder(Roles.RESIDENT, Roles.STAFF);
        acting.run(Demo.ADMIN, () -> admin.revoke(id, Roles.RESIDENT));
        assertThat(row(email).roles()).containsExactly(Roles.STAFF);
        var trail = acting.as(Demo.ADMIN, () -> audit.trailOf("ACCOUNT", id));
        assertThat(trail).extracting(e -> e.action()).containsExactly("ROLE_GRANTED", "ROLE_REVOKED");
        assertThat(trail.getFirst().beforeState()).isEqualTo("[RESIDENT]");
        assertThat(trail.getFirst().afterState()).isEqualTo("[RESIDENT, STAFF]");
        assertThat(trail.getFirst().detail()).isEqualTo("STAFF");
        long adminId = row(Demo.ADMIN).id();
        assertThat(trail).allSatisfy(e -> assertThat(e.actorId()).isEqualTo(adminId));
        assertThat(acting.as(Demo.ADMIN, () -> audit.byActor(adminId, 50)))
                .extracting(e -> e.targetId())
                .contains(id);
    }

    @Test
    void the_public_title_is_set_audited_and_used_for_attribution() {
        var email = newResident("Spokesperson Wu");
        var id = row(email).id();
        acting.run(Demo.ADMIN, () -> admin.setPublicTitle(id, Bilingual.of("  新闻发言人，北京市经济和信息化局  ", null)));
        assertThat(row(email).publicTitle()).isEqualTo(Bilingual.of("新闻发言人，北京市经济和信息化局", null));
        assertThat(accounts.publicTitleOf(id))
                .as("only in Chinese: an English reader gets the Chinese one, marked")
                .isEqualTo(Bilingual.of("新闻发言人，北京市经济和信息化局", null));
        acting.run(
                Demo.ADMIN,
                () -> admin.setPublicTitle(
                        id,
                        Bilingual.of(
                                "新闻发言人",
                                "Spokesperson, Beijing Municipal Bureau of Economy and Information Technology")));
        assertThat(accounts.publicTitleOf(id).in(Bilingual.ENGLISH))
                .isEqualTo("Spokesperson, Beijing Municipal Bureau of Economy and Information Technology");
        assertThat(accounts.publicTitleOf(id).in(Bilingual.CHINESE)).isEqualTo("新闻发言人");
        var tooLong = assertThatThrownBy(() -> acting.run(
                Demo.ADMIN,
                () -> admin.setPublicTitle(id, Bilingual.of("长".repeat(AccountRow.PUBLIC_TITLE_MAX + 1), "Fine"))));
        tooLong.isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).field())
                .as("the refusal names the language's field")
                .isEqualTo("publicTitle.zh");
        assertThat(accounts.publicTitleOf(id).zh())
                .as("nothing changed by a refusal")
                .isEqualTo("新闻发言人");
        acting.run(Demo.ADMIN, () -> admin.setPublicTitle(id, Bilingual.of(" ", "")));
        assertThat(accounts.publicTitleOf(id))
                .as("cleared: the display name, in both")
                .isEqualTo(Bilingual.of("Spokesperson Wu", "Spokesperson Wu"));
        var trail = acting.as(Demo.ADMIN, () -> audit.trailOf("ACCOUNT", id));
        assertThat(trail)
                .extracting(e -> e.action())
                .containsExactly("PUBLIC_TITLE_SET", "PUBLIC_TITLE_SET", "PUBLIC_TITLE_SET");
        assertThat(trail.get(1).afterState())
                .isEqualTo("新闻发言人 / Spokesperson, Beijing Municipal Bureau of Economy and Information Technology");
    }

    /** Rolled back at the end: the other admins are taken away only inside this test's transaction. */
    @Test
    @Transactional
    void the_last_admin_cannot_be_removed() {
        var email = newResident("Second Colleague");
        var second = row(email).id();
        acting.run(Demo.ADMIN, () -> admin.grant(second, Roles.ADMIN));
        long demoAdmin = row(Demo.ADMIN).id();
        jdbc.sql("DELETE FROM account_role WHERE role = 'ADMIN' AND account_id NOT IN (:keep)")
                .param("keep", List.of(demoAdmin, second))
                .update();
        acting.run(Demo.ADMIN, () -> admin.revoke(second, Roles.ADMIN));
        assertThatThrownBy(() -> acting.run(Demo.ADMIN, () -> admin.revoke(demoAdmin, Roles.ADMIN)))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("admin.accounts.error.last-admin");
        assertThat(row(Demo.ADMIN).roles()).contains(Roles.ADMIN);
    }

    @Test
    void a_role_change_counts_from_the_next_request_of_a_signed_in_person() throws Exception {
        var email = newResident("Soon Promoted");
        var id = row(email).id();
        var session = new MockHttpSession();
        var signedIn = users.loadUserByUsername(email);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(signedIn, null, signedIn.getAuthorities()));
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        assertThat(authoritiesOnRequest(session)).containsExactly("ROLE_RESIDENT");

        acting.run(Demo.ADMIN, () -> admin.grant(id, Roles.MODERATOR));
        // a back-office role needs the second step of sign-in first: until then the session holds no role (decision
        // 023)
        assertThat(authoritiesOnRequest(session)).containsExactly(CurrentUser.SECOND_FACTOR_PENDING);
        var kept = (SecurityContext)
                session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(kept.getAuthentication().getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .as("the refreshed authentication is kept in the session")
                .containsExactly(CurrentUser.SECOND_FACTOR_PENDING);

        acting.run(Demo.ADMIN, () -> admin.revoke(id, Roles.MODERATOR));
        assertThat(authoritiesOnRequest(session)).containsExactly("ROLE_RESIDENT");
        assertThat(acting.as(Demo.ADMIN, () -> audit.trailOf("ACCOUNT", id)))
                .extracting(e -> e.action())
                .containsExactly("ROLE_GRANTED", "ROLE_REVOKED");
    }

    /** Runs one request through the real security filter chain and returns the authorities it acts with. */
    private List<String> authoritiesOnRequest(MockHttpSession session) throws Exception {
        var request = new MockHttpServletRequest("GET", "/api/dialogues/" + Demo.DIALOGUE + "/questions.json");
        request.setSession(session);
        var seen = new ArrayList<String>();
        securityFilters.doFilter(
                request,
                new MockHttpServletResponse(),
                (req, res) -> acting.strategy().getContext().getAuthentication().getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .forEach(seen::add));
        return seen;
    }
}
