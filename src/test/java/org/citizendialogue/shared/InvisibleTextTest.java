package org.citizendialogue.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.citizendialogue.account.AccountService;
import org.citizendialogue.account.RegistrationDraft;
import org.citizendialogue.submission.SubmissionService;
import org.citizendialogue.support.Acting;
import org.citizendialogue.support.Demo;
import org.citizendialogue.support.IntegrationTest;
import org.citizendialogue.support.Residents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 18, item 6 and issue 11's display names: the services refuse text with nothing visible
 * in it, malformed text, control characters in names and e-mail addresses, and names that would
 * pass for the bureau; nothing is stored and the refusal names the field.
 */
@IntegrationTest
class InvisibleTextTest {

    @Autowired
    SubmissionService submissions;

    @Autowired
    AccountService accounts;

    @Autowired
    Residents residents;

    @Autowired
    Acting acting;

    @Autowired
    JdbcClient jdbc;

    @Test
    void questions_and_comments_of_invisible_or_malformed_text_are_refused_and_nothing_is_stored() {
        var resident = residents.register("Invisible Tester");
        long before = count();
        for (var text :
                new String[] {"\u00a0\u00a0\u00a0", "\u200b\u200b", "\u0000", "\u3000\u2060\ufeff", "Half \ud83d"}) {
            var refusal = catchThrowableOfType(
                    DomainException.class, () -> acting.run(resident, () -> submissions.ask(Demo.TOPIC_ID, text)));
            assertThat(refusal)
                    .as(text.codePoints().boxed().toList().toString())
                    .isNotNull();
            assertThat(refusal.field()).isEqualTo("text");
            var onComment = catchThrowableOfType(
                    DomainException.class,
                    () -> acting.run(resident, () -> submissions.comment(Demo.TOPIC_ID, null, text)));
            assertThat(onComment).isNotNull();
        }
        assertThat(count()).isEqualTo(before);

        long id = acting.as(resident, () -> submissions.ask(Demo.TOPIC_ID, "\u00a0Visible\u0000 question\u200b?"));
        assertThat(jdbc.sql("SELECT body FROM submission WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("Visible question\u200b?");
    }

    @Test
    void names_and_addresses_with_control_bidi_or_invisible_characters_or_a_reserved_name_are_refused() {
        var email = "names-" + System.nanoTime() + "@example.org";
        assertThat(refusedField(email, "\u200b\u200b\u200b")).isEqualTo("displayName");
        assertThat(refusedField(email, "\u00a0\u3000")).isEqualTo("displayName");
        assertThat(refusedField(email, "Li\u202eaN")).isEqualTo("displayName");
        assertThat(refusedField(email, "Official reply")).isEqualTo("displayName");
        assertThat(refusedField(email, "北京市经济和信息化局")).isEqualTo("displayName");
        assertThat(refusedField(email, "官 方")).isEqualTo("displayName");
        assertThat(refusedField(email, "ＡＤＭＩＮ")).isEqualTo("displayName");
        assertThat(refusedField("names\u0000-" + System.nanoTime() + "@example.org", "Li Na"))
                .isEqualTo("email");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM account WHERE email LIKE 'names%'")
                        .query(Long.class)
                        .single())
                .isZero();

        accounts.register(new RegistrationDraft(email, "Cafe\u0301 李娜", "a long enough passphrase", true));
        assertThat(jdbc.sql("SELECT display_name FROM account WHERE email = :e")
                        .param("e", email)
                        .query(String.class)
                        .single())
                .isEqualTo("Café 李娜");
    }

    private String refusedField(String email, String name) {
        var refusal = catchThrowableOfType(
                DomainException.class,
                () -> accounts.register(new RegistrationDraft(email, name, "a long enough passphrase", true)));
        assertThat(refusal).as(name).isNotNull();
        return refusal.field();
    }

    private long count() {
        return jdbc.sql("SELECT COUNT(*) FROM submission").query(Long.class).single();
    }
}
