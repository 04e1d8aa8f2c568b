package org.citizendialogue.support;

import org.citizendialogue.account.AccountService;
import org.citizendialogue.account.RegistrationDraft;
import org.citizendialogue.submission.SubmissionModeration;
import org.citizendialogue.submission.SubmissionService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The scenario steps tests share, through the real services: a new resident, a resident asks, the
 * moderator approves, a published question. Use these instead of writing the steps again.
 */
@Component
public class Residents {

    public static final String PASSWORD = "a long enough passphrase";

    private final AccountService accounts;
    private final SubmissionService submissions;
    private final SubmissionModeration moderation;
    private final Acting acting;
    private final JdbcClient jdbc;

    Residents(
            AccountService accounts,
            SubmissionService submissions,
            SubmissionModeration moderation,
            Acting acting,
            JdbcClient jdbc) {
        this.moderation = moderation;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.submissions = submissions;
        this.acting = acting;
    }

    /**
     * Registers a new resident with a confirmed e-mail address (as if the link in the e-mail had
     * been opened; EmailVerificationTest proves the link) and returns the e-mail to act as.
     */
    public String register(String displayName) {
        var email = registerUnconfirmed(displayName);
        confirm(email);
        return email;
    }

    /** Registers a new resident who has not opened the confirmation link yet. */
    public String registerUnconfirmed(String displayName) {
        var email = "resident-" + System.nanoTime() + "@example.org";
        accounts.register(new RegistrationDraft(email, displayName, PASSWORD, true, true));
        return email;
    }

    /** Marks the account's e-mail address as confirmed, for tests about something else. */
    public void confirm(String email) {
        jdbc.sql("UPDATE account SET email_verified_at = NOW(6) WHERE email = ?")
                .param(email.strip().toLowerCase())
                .update();
    }

    /** The id of the account with this e-mail. */
    public long idOf(String email) {
        return acting.accountId(email.strip().toLowerCase());
    }

    public String register() {
        return register("Test Resident");
    }

    /** The version of a pending submission as the moderation queue shows it. */
    public int pendingVersion(long submissionId) {
        return acting.as(Demo.MODERATOR, () -> moderation.pendingItem(submissionId))
                .orElseThrow()
                .version();
    }

    /** Approves a pending submission as the demo moderator. */
    public void approve(long submissionId) {
        var version = pendingVersion(submissionId);
        acting.run(Demo.MODERATOR, () -> moderation.approve(submissionId, version));
    }

    /** The resident asks on the topic: the pending question's id. */
    public long asks(String resident, long topicId, String text) {
        return acting.as(resident, () -> submissions.ask(topicId, text));
    }

    /** The resident asks on the topic and the demo moderator approves: the published question's id. */
    public long askAndApprove(String resident, long topicId, String text) {
        long id = asks(resident, topicId, text);
        approve(id);
        return id;
    }

    /** A new resident asks on the topic and the moderator approves: a published question's id. */
    public long publishedQuestion(long topicId, String text) {
        return askAndApprove(register(), topicId, text);
    }
}
