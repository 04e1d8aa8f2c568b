package org.citizendialogue.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.citizendialogue.account.AccountService;
import org.citizendialogue.answer.AnswerDesk;
import org.citizendialogue.answer.AnswerForm;
import org.citizendialogue.answer.AnswerOutcome;
import org.citizendialogue.answer.CommitmentStatus;
import org.citizendialogue.shared.NotFoundException;
import org.citizendialogue.submission.RejectionReason;
import org.citizendialogue.submission.SubmissionModeration;
import org.citizendialogue.submission.SubmissionService;
import org.citizendialogue.support.Acting;
import org.citizendialogue.support.Demo;
import org.citizendialogue.support.IntegrationTest;
import org.citizendialogue.support.Residents;
import org.citizendialogue.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.AuthenticationException;

import com.icegreen.greenmail.util.GreenMailUtil;

/**
 * Notices in the app and by e-mail, with a real SMTP server in the test (GreenMail): who is told,
 * once per event, and what the e-mail says. Each test uses new residents, so counts are its own.
 */
@IntegrationTest
class NotificationTest {

    @Autowired
    Residents residents;

    @Autowired
    TestMailServer smtp;

    @Autowired
    NotificationService notifications;

    @Autowired
    SubmissionService submissions;

    @Autowired
    SubmissionModeration moderation;

    @Autowired
    AnswerDesk answers;

    @Autowired
    AccountService accounts;

    @Autowired
    Acting acting;

    private String newResident() {
        return residents.register("Notice Tester");
    }

    private int version(long id) {
        return residents.pendingVersion(id);
    }

    private List<Notice> noticesOf(String email) {
        return acting.as(email, () -> notifications.notices(100));
    }

    private List<MimeMessage> mailsTo(String email, int atLeast) {
        var deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            var found = Arrays.stream(smtp.received())
                    .filter(m -> !TestMailServer.isRegistrationMail(m))
                    .filter(m -> GreenMailUtil.getAddressList(rethrow(() -> m.getAllRecipients()))
                            .contains(email))
                    .toList();
            if (found.size() >= atLeast || System.nanoTime() > deadline) {
                return found;
            }
            sleep(50);
        }
    }

    /** The HTML part of an e-mail, decoded. */
    private static String htmlOf(Part part) {
        return rethrow(() -> {
            if (part.isMimeType("text/html")) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    var html = htmlOf(multipart.getBodyPart(i));
                    if (html != null) {
                        return html;
                    }
                }
            }
            return null;
        });
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private interface Call<T> {
        T get() throws Exception;
    }

    private static <T> T rethrow(Call<T> call) {
        try {
            return call.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void approval_is_told_to_the_author_once_in_the_app_and_by_escaped_e_mail() {
        var author = newResident();
        var bystander = newResident();
        long id =
                residents.askAndApprove(author, Demo.TOPIC_ID, "<script>alert('x')</script> When does 5G reach Miyun?");

        assertThat(noticesOf(author)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NoticeKind.APPROVED);
            assertThat(n.questionId()).isEqualTo(id);
            assertThat(n.unread()).isTrue();
        });
        assertThat(noticesOf(bystander)).isEmpty();
        assertThat(acting.as(author, () -> notifications.unreadCount())).isEqualTo(1);

        var mails = mailsTo(author, 1);
        assertThat(mails).hasSize(1);
        var body = htmlOf(mails.getFirst());
        assertThat(rethrow(() -> mails.getFirst().getSubject())).contains("approved");
        assertThat(body).doesNotContain("<script>").contains("&lt;script&gt;");
        sleep(500);
        assertThat(mailsTo(author, 0)).as("exactly one e-mail").hasSize(1);
        assertThat(mailsTo(bystander, 0)).isEmpty();

        acting.run(author, () -> notifications.markAllRead());
        assertThat(acting.as(author, () -> notifications.unreadCount())).isZero();
        assertThat(noticesOf(author).getFirst().unread()).isFalse();
    }

    @Test
    void rejection_tells_the_author_the_public_reason() {
        var author = newResident();
        long id = acting.as(author, () -> submissions.ask(Demo.TOPIC_ID, "Buy cheap watches here"));
        acting.run(Demo.MODERATOR, () -> moderation.reject(id, version(id), RejectionReason.SPAM, "private note"));
        assertThat(noticesOf(author)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NoticeKind.REJECTED);
            assertThat(n.detail()).isEqualTo(RejectionReason.SPAM);
        });
        var mail = mailsTo(author, 1);
        assertThat(mail).hasSize(1);
        assertThat(GreenMailUtil.getBody(mail.getFirst()))
                .doesNotContain("private note")
                .contains("It is spam or advertising.");
    }

    @Test
    void an_answer_tells_the_asker_and_the_followers_once_and_no_one_else() {
        var asker = newResident();
        var questionFollower = newResident();
        var topicFollower = newResident();
        var bystander = newResident();
        long id = residents.askAndApprove(asker, Demo.TOPIC_ID, "Which villages get fibre next?");
        acting.run(questionFollower, () -> notifications.follow(FollowTarget.QUESTION, id));
        acting.run(topicFollower, () -> notifications.follow(FollowTarget.TOPIC, Demo.TOPIC_ID));
        acting.run(asker, () -> notifications.follow(FollowTarget.QUESTION, id));
        assertThat(acting.as(topicFollower, () -> notifications.follows()))
                .extracting(Followed::target)
                .containsExactly(FollowTarget.TOPIC);

        var first = acting.as(
                Demo.STAFF,
                () -> answers.publish(
                        id,
                        new AnswerForm(
                                AnswerOutcome.LATER,
                                "We will answer.",
                                null,
                                null,
                                LocalDate.now().plusMonths(1),
                                null,
                                null),
                        null));
        var edited = acting.as(
                Demo.STAFF,
                () -> answers.publish(
                        id,
                        new AnswerForm(
                                AnswerOutcome.LATER,
                                "We will answer, with the figures.",
                                null,
                                null,
                                LocalDate.now().plusMonths(1),
                                null,
                                null),
                        first.version()));

        var askerNotices = noticesOf(asker);
        assertThat(askerNotices).extracting(Notice::kind).containsExactly(NoticeKind.LATER, NoticeKind.APPROVED);
        assertThat(noticesOf(questionFollower)).extracting(Notice::kind).containsExactly(NoticeKind.FOLLOWED_ANSWER);
        assertThat(noticesOf(topicFollower))
                .extracting(Notice::kind)
                .contains(NoticeKind.FOLLOWED_ANSWER)
                .filteredOn(k -> k == NoticeKind.FOLLOWED_ANSWER)
                .hasSize(1);
        assertThat(noticesOf(bystander)).isEmpty();

        acting.run(Demo.STAFF, () -> answers.publish(id, AnswerForm.answered("The full answer."), edited.version()));
        assertThat(noticesOf(asker))
                .extracting(Notice::kind)
                .containsExactly(NoticeKind.ANSWERED, NoticeKind.LATER, NoticeKind.APPROVED);
        assertThat(noticesOf(questionFollower)).hasSize(2);
        assertThat(mailsTo(questionFollower, 2)).hasSize(2);
        assertThat(mailsTo(bystander, 0)).isEmpty();
    }

    @Test
    void commitment_changes_are_told_and_e_mail_settings_are_respected() {
        var asker = newResident();
        acting.run(asker, () -> notifications.changeMailSetting(MailSetting.ANSWERS_ONLY));
        long id = residents.askAndApprove(asker, Demo.TOPIC_ID, "Will you publish the plan?");
        var draft = acting.as(Demo.STAFF, () -> answers.publish(id, AnswerForm.answered("Yes."), null));
        var c = acting.as(
                Demo.STAFF,
                () -> answers.addCommitment(
                        id, "Publish the plan by Q3", LocalDate.now().plusMonths(3)));
        acting.run(Demo.STAFF, () -> answers.changeCommitment(c.id(), CommitmentStatus.DONE, c.version()));
        assertThat(noticesOf(asker))
                .extracting(Notice::kind)
                .containsExactly(
                        NoticeKind.COMMITMENT, NoticeKind.COMMITMENT, NoticeKind.ANSWERED, NoticeKind.APPROVED);
        assertThat(noticesOf(asker).getFirst().detail()).isEqualTo("DONE");
        var mails = mailsTo(asker, 3);
        assertThat(mails).as("answers only: no e-mail for the approval").hasSize(3);
        assertThat(mails).noneMatch(m -> rethrow(m::getSubject).contains("approved"));

        var quiet = newResident();
        acting.run(quiet, () -> notifications.changeMailSetting(MailSetting.NONE));
        residents.askAndApprove(quiet, Demo.TOPIC_ID, "A question from someone who wants no e-mail");
        assertThat(noticesOf(quiet)).hasSize(1);
        sleep(500);
        assertThat(mailsTo(quiet, 0)).isEmpty();
        assertThat(draft.version()).isNotNull();
    }

    @Test
    void notices_and_follows_are_each_person_s_own() {
        assertThatThrownBy(() -> notifications.notices(10))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> notifications.follow(FollowTarget.TOPIC, Demo.TOPIC_ID))
                .isInstanceOf(AuthenticationException.class);
        assertThat(notifications.isFollowing(FollowTarget.TOPIC, Demo.TOPIC_ID)).isFalse();
        var resident = newResident();
        assertThatThrownBy(() -> acting.run(resident, () -> notifications.follow(FollowTarget.QUESTION, 55)))
                .as("a pending question cannot be followed")
                .isInstanceOf(NotFoundException.class);
    }
}
