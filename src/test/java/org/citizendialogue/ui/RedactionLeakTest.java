package org.citizendialogue.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.citizendialogue.answer.AnswerDesk;
import org.citizendialogue.answer.AnswerForm;
import org.citizendialogue.answer.ProgrammeStaffAdmin;
import org.citizendialogue.notification.FollowTarget;
import org.citizendialogue.notification.Notice;
import org.citizendialogue.notification.NoticeKind;
import org.citizendialogue.notification.NoticeText;
import org.citizendialogue.notification.NotificationService;
import org.citizendialogue.search.SearchQuery;
import org.citizendialogue.search.SearchService;
import org.citizendialogue.submission.PublishedSubmissions;
import org.citizendialogue.submission.QuestionSort;
import org.citizendialogue.submission.SubmissionModeration;
import org.citizendialogue.submission.SubmissionService;
import org.citizendialogue.support.Demo;
import org.citizendialogue.support.Fixtures;
import org.citizendialogue.support.Residents;
import org.citizendialogue.support.TestMailServer;
import org.citizendialogue.support.Words;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;

/**
 * A redacted original (the author's first text, with a phone number in it) never reaches anything
 * public: the topic, question and live wall pages, search, the open data exports and feeds, the
 * in-app notices and the e-mails (a real SMTP server). Each public reader is first shown to carry
 * the redacted text, so a test that looks in the wrong place cannot pass by accident.
 */
class RedactionLeakTest extends BrowserlessUiTest {

    private static final String REMOVED = "[removed]";

    @Autowired
    SubmissionService submissions;

    @Autowired
    SubmissionModeration moderation;

    @Autowired
    PublishedSubmissions published;

    @Autowired
    AnswerDesk answers;

    @Autowired
    ProgrammeStaffAdmin staffAdmin;

    @Autowired
    NotificationService notifications;

    @Autowired
    SearchService search;

    @Autowired
    Residents residents;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestMailServer smtp;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WebApplicationContext context;

    private static String phone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** A resident's text, redacted by the moderator and approved: the public text has [removed] for the number. */
    private void redactAndApprove(long id, String published) {
        int version = residents.pendingVersion(id);
        acting.run(Demo.MODERATOR, () -> moderation.redact(id, version, published));
        residents.approve(id);
    }

    @Test
    void a_redacted_phone_number_appears_nowhere_public_nor_in_any_notice_or_e_mail() throws Exception {
        var p = fixtures.programme("LIVE");
        long staffId = residents.idOf(Demo.STAFF);
        acting.run(Demo.ADMIN, () -> staffAdmin.assign(p.dialogueId(), staffId));
        var phone = phone();
        var word = Words.unique();
        var author = residents.register("Leak Author");
        var commenter = residents.register("Leak Commenter");
        var follower = residents.register("Leak Follower");
        var duplicateAuthor = residents.register("Leak Duplicate");

        long question = acting.as(
                author, () -> submissions.ask(p.topicId(), "Call me on " + phone + " about the 5G mast " + word));
        redactAndApprove(question, "Call me on " + REMOVED + " about the 5G mast " + word);
        long comment =
                acting.as(commenter, () -> submissions.comment(p.topicId(), question, "Same mast, I am on " + phone));
        redactAndApprove(comment, "Same mast, I am on " + REMOVED);
        acting.run(follower, () -> notifications.follow(FollowTarget.QUESTION, question));
        long duplicate =
                acting.as(duplicateAuthor, () -> submissions.ask(p.topicId(), "Ring " + phone + " about the mast"));
        redactAndApprove(duplicate, "Ring " + REMOVED + " about the mast");
        acting.run(Demo.MODERATOR, () -> moderation.merge(duplicate, question));
        acting.run(
                Demo.STAFF, () -> answers.publish(question, AnswerForm.answered("The mast meets the limits."), null));

        // public reads through the services
        assertThat(published.publishedQuestion(question).orElseThrow().body())
                .contains(REMOVED)
                .doesNotContain(phone);
        assertThat(published
                        .publishedQuestions(p.topicId(), QuestionSort.NEWEST, 0, 100)
                        .toString())
                .contains(REMOVED)
                .doesNotContain(phone);
        assertThat(published.wallQuestions(p.dialogueId(), 100).toString())
                .contains(REMOVED)
                .doesNotContain(phone);
        assertThat(published.publishedComments(List.of(question)).toString())
                .contains(REMOVED)
                .doesNotContain(phone);
        assertThat(published.thread(question).toString()).contains(REMOVED).doesNotContain(phone);
        assertThat(published.questionsOf(p.dialogueId()).toString())
                .contains(REMOVED)
                .doesNotContain(phone);
        assertThat(search.search(SearchQuery.of(word)).toString())
                .contains(REMOVED)
                .doesNotContain(phone);
        assertThat(search.search(SearchQuery.of(phone))).isEmpty();

        // public pages, as a visitor: every text, attribute and property of the rendered tree
        assertPage(p.topicPath(), phone, true);
        assertPage("questions/" + question, phone, true);
        assertPage("questions/" + duplicate, phone, true);
        assertPage("live/" + p.slug(), phone, true);
        assertPage("dialogues/" + p.slug(), phone, false);
        navigate("search", Component.class);
        UI.getCurrent().navigate("search", QueryParameters.simple(Map.of("q", word)));
        assertTree(phone, true);
        UI.getCurrent().navigate("search", QueryParameters.simple(Map.of("q", phone)));
        // the search field shows what was typed; the results must find nothing by the removed number
        for (var id : List.of(question, comment, duplicate)) {
            assertThat(exists("search-result-" + id)).isFalse();
        }

        // open data and feeds over HTTP
        var http = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        for (var path : List.of(
                "/api/dialogues/" + p.slug() + "/questions.csv", "/api/dialogues/" + p.slug() + "/questions.json")) {
            var body = http.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(body).as(path).contains(word).doesNotContain(phone);
        }
        for (var path : List.of("/feeds/answers.atom", "/feeds/dialogues/" + p.slug() + "/answers.atom")) {
            var body = http.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(body).as(path).contains("The mast meets the limits.").doesNotContain(phone);
        }

        // a moderator hides the comment: its author is told, without the number
        acting.run(Demo.MODERATOR, () -> moderation.hide(comment, "Personal data"));

        // notices in the app, as each person reads them, in both languages
        var expected = Map.of(
                author,
                List.of(NoticeKind.APPROVED, NoticeKind.ANSWERED),
                commenter,
                List.of(NoticeKind.APPROVED, NoticeKind.HIDDEN),
                follower,
                List.of(NoticeKind.FOLLOWED_ANSWER),
                duplicateAuthor,
                List.of(NoticeKind.APPROVED, NoticeKind.MERGED));
        var english = UI.getCurrent();
        for (var entry : expected.entrySet()) {
            List<Notice> notices = acting.as(entry.getKey(), () -> notifications.notices(50));
            assertThat(notices).extracting(Notice::kind).containsAll(entry.getValue());
            for (var n : notices) {
                assertThat(n.excerpt() + " " + n.detail()).doesNotContain(phone);
                for (var locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                    english.setLocale(locale);
                    assertThat(NoticeText.of(n, english::getTranslation)).doesNotContain(phone);
                }
            }
            english.setLocale(Locale.ENGLISH);
        }
        var merged = acting.as(duplicateAuthor, () -> notifications.notices(50)).stream()
                .filter(n -> n.kind() == NoticeKind.MERGED)
                .findFirst()
                .orElseThrow();
        assertThat(merged.excerpt()).contains(REMOVED);
        assertThat(merged.detail()).contains(REMOVED);

        // e-mails: every message to these people, decoded
        var mails = mailsTo(List.of(author, commenter, follower, duplicateAuthor), 7);
        assertThat(mails).hasSizeGreaterThanOrEqualTo(7);
        var all = new StringBuilder();
        for (var m : mails) {
            all.append(m.getSubject()).append('\n');
            textOf(m, all);
        }
        assertThat(all.toString()).contains(REMOVED).doesNotContain(phone);
    }

    private void assertPage(String path, String phone, boolean showsRedacted) {
        navigate(path, Component.class);
        assertTree(phone, showsRedacted);
    }

    private void assertTree(String phone, boolean showsRedacted) {
        var text = new StringBuilder();
        // the outermost layout of the route: the UI's own element holds it as a virtual child
        var chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        collect(chain.getLast().getElement(), text);
        var where = UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
        if (showsRedacted) {
            assertThat(text.toString()).as(where + " shows the redacted text").contains(REMOVED);
        }
        assertThat(text.toString()).as(where).doesNotContain(phone);
    }

    private static void collect(Element element, StringBuilder out) {
        if (element.isTextNode()) {
            out.append(element.getText()).append('\n');
            return;
        }
        element.getAttributeNames()
                .forEach(a -> out.append(element.getAttribute(a)).append('\n'));
        element.getPropertyNames()
                .forEach(name -> out.append(element.getPropertyRaw(name)).append('\n'));
        element.getChildren().forEach(child -> collect(child, out));
    }

    private List<MimeMessage> mailsTo(List<String> emails, int atLeast) throws InterruptedException {
        var deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (true) {
            var found = new ArrayList<MimeMessage>();
            for (var m : smtp.received()) {
                if (TestMailServer.isRegistrationMail(m)) {
                    continue;
                }
                try {
                    var to = GreenMailUtil.getAddressList(m.getAllRecipients());
                    if (emails.stream().anyMatch(to::contains)) {
                        found.add(m);
                    }
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
            if (found.size() >= atLeast || System.nanoTime() > deadline) {
                Thread.sleep(300);
                return found;
            }
            Thread.sleep(50);
        }
    }

    private static void textOf(Part part, StringBuilder out) throws Exception {
        if (part.isMimeType("text/*")) {
            out.append(part.getContent()).append('\n');
        } else if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                textOf(multipart.getBodyPart(i), out);
            }
        }
    }
}
