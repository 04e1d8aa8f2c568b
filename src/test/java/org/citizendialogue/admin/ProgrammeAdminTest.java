package org.citizendialogue.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.citizendialogue.account.AccountService;
import org.citizendialogue.account.RegistrationDraft;
import org.citizendialogue.audit.AuditLog;
import org.citizendialogue.audit.AuditQuery;
import org.citizendialogue.programme.ProgrammeAdmin;
import org.citizendialogue.programme.ProgrammeDraft;
import org.citizendialogue.programme.ProgrammeService;
import org.citizendialogue.programme.ProgrammeStatus;
import org.citizendialogue.programme.TopicDraft;
import org.citizendialogue.programme.TopicSummary;
import org.citizendialogue.shared.Bilingual;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.submission.SubmissionService;
import org.citizendialogue.support.Acting;
import org.citizendialogue.support.Demo;
import org.citizendialogue.support.IntegrationTest;
import org.citizendialogue.support.Residents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

/** The admins' programme and topic rules, through the service and its security, on the real MariaDB. */
@IntegrationTest
class ProgrammeAdminTest {

    private static final Instant START = Instant.parse("2026-03-01T02:00:00Z");

    @Autowired
    Residents residentsHelper;

    @Autowired
    ProgrammeAdmin admin;

    @Autowired
    ProgrammeService programmes;

    @Autowired
    SubmissionService submissions;

    @Autowired
    AccountService accounts;

    @Autowired
    AuditLog audit;

    @Autowired
    Acting acting;

    static String slug() {
        return "admin-test-" + System.nanoTime();
    }

    static ProgrammeDraft draft(String slug) {
        return new ProgrammeDraft(
                Bilingual.of("数字经济 🚀", "Digital economy 🚀"),
                slug,
                Bilingual.of("姜广智", "Jiang Guangzhi"),
                Bilingual.of("局长", "Director"),
                Bilingual.of(Demo.BUREAU_ZH, Demo.BUREAU),
                Bilingual.of("测试创建的节目。", "A programme made by a test."),
                null,
                START,
                "https://live.example.org/" + slug);
    }

    static Bilingual en(String text) {
        return Bilingual.of(null, text);
    }

    private long create(ProgrammeDraft draft) {
        return acting.as(Demo.ADMIN, () -> admin.create(draft));
    }

    private long addTopic(long programme, String slug) {
        return acting.as(Demo.ADMIN, () -> admin.addTopic(programme, new TopicDraft(en("Topic " + slug), slug, null)));
    }

    private DomainException refusal(Runnable action) {
        try {
            acting.run(Demo.ADMIN, action);
        } catch (DomainException refused) {
            return refused;
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void a_new_programme_is_a_draft_with_its_fields_round_tripped_and_audited() {
        var slug = slug();
        var id = create(draft(slug));
        var saved = acting.as(Demo.ADMIN, () -> admin.programme(id)).orElseThrow();
        assertThat(saved.status()).isEqualTo(ProgrammeStatus.DRAFT);
        assertThat(saved.draft()).isEqualTo(draft(slug));
        assertThat(programmes.publicProgramme(slug)).as("drafts are not public").isEmpty();
        var trail = acting.as(Demo.ADMIN, () -> audit.trailOf("DIALOGUE", id));
        assertThat(trail).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("PROGRAMME_CREATED");
            assertThat(e.actorName()).isNotBlank();
            assertThat(e.afterState()).contains(slug);
        });
    }

    @Test
    void the_programme_and_its_topics_entries_are_filed_under_the_programme_and_no_other() {
        var id = create(draft(slug()));
        var topic = addTopic(id, slug());
        var other = create(draft(slug()));
        addTopic(other, slug());
        var filed = acting.as(Demo.ADMIN, () -> audit.search(new AuditQuery(null, null, id, null, null), 0, 50));
        assertThat(filed)
                .extracting(e -> e.targetType() + ":" + e.targetId())
                .containsExactlyInAnyOrder("DIALOGUE:" + id, "TOPIC:" + topic);
    }

    @Test
    void a_taken_slug_is_refused_at_the_slug_field() {
        var slug = slug();
        create(draft(slug));
        var refused = refusal(() -> admin.create(draft(slug)));
        assertThat(refused.field()).isEqualTo("slug");
        assertThat(refused.messageKey()).isEqualTo("admin.programme.error.slug-taken");
        var other = create(draft(slug()));
        var version = acting.as(Demo.ADMIN, () -> admin.programme(other))
                .orElseThrow()
                .version();
        assertThat(refusal(() -> admin.edit(other, version, draft(slug))).field())
                .isEqualTo("slug");
    }

    @Test
    void a_slug_outside_lowercase_letters_digits_and_hyphens_is_refused() {
        for (var bad : new String[] {"Upper-Case", "with space", "trailing-", "-leading", "double--hyphen", "中文"}) {
            var refused = refusal(() -> admin.create(draft(bad)));
            assertThat(refused.field()).as(bad).isEqualTo("slug");
            assertThat(refused.messageKey()).isEqualTo("admin.error.slug-format");
        }
        assertThat(refusal(() -> admin.create(draft("a".repeat(81)))).messageKey())
                .isEqualTo("validation.too-long");
    }

    @Test
    void a_livestream_url_that_is_not_http_or_https_is_refused_at_its_field() {
        for (var bad : new String[] {
            "javascript:alert(1)", "ftp://files.example.org/x", "data:text/html,hi", "live.example.org", "https://"
        }) {
            var d = draft(slug());
            var refused = refusal(() -> admin.create(new ProgrammeDraft(
                    d.title(),
                    d.slug(),
                    d.guestName(),
                    d.guestTitle(),
                    d.bureauName(),
                    d.summary(),
                    null,
                    d.startsAt(),
                    bad)));
            assertThat(refused.field()).as(bad).isEqualTo("livestreamUrl");
            assertThat(refused.messageKey()).isEqualTo("admin.programme.error.livestream-scheme");
        }
    }

    @Test
    void required_fields_and_column_lengths_in_code_points_are_checked() {
        var d = draft(slug());
        var blankGuest = refusal(() -> admin.create(new ProgrammeDraft(
                d.title(),
                d.slug(),
                Bilingual.of(d.guestName().zh(), " "),
                d.guestTitle(),
                d.bureauName(),
                d.summary(),
                null,
                d.startsAt(),
                null)));
        assertThat(blankGuest.field())
                .as("the English version is written, so it needs a guest name")
                .isEqualTo("guestName.en");
        assertThat(blankGuest.messageKey()).isEqualTo("validation.required-en");
        var noStart = refusal(() -> admin.create(new ProgrammeDraft(
                d.title(), d.slug(), d.guestName(), d.guestTitle(), d.bureauName(), d.summary(), null, null, null)));
        assertThat(noStart.field()).isEqualTo("startsAt");
        var longTitle = refusal(() -> admin.create(new ProgrammeDraft(
                Bilingual.of("题".repeat(ProgrammeDraft.TITLE_MAX + 1), null),
                d.slug(),
                d.guestName(),
                d.guestTitle(),
                d.bureauName(),
                d.summary(),
                null,
                d.startsAt(),
                null)));
        assertThat(longTitle.field()).isEqualTo("title.zh");
        assertThat(longTitle.messageKey()).isEqualTo("validation.too-long");
        // exactly at the limit, in emoji (two UTF-16 units each), fits the column
        var id = create(new ProgrammeDraft(
                Bilingual.of("😀".repeat(ProgrammeDraft.TITLE_MAX), "😀".repeat(ProgrammeDraft.TITLE_MAX)),
                d.slug(),
                d.guestName(),
                d.guestTitle(),
                Bilingual.of("新局 " + d.slug(), "New bureau " + d.slug()),
                d.summary(),
                null,
                d.startsAt(),
                null));
        var saved =
                acting.as(Demo.ADMIN, () -> admin.programme(id)).orElseThrow().draft();
        assertThat(saved.title().zh()).isEqualTo("😀".repeat(ProgrammeDraft.TITLE_MAX));
        assertThat(saved.bureauName())
                .as("a typed bureau is created")
                .isEqualTo(Bilingual.of("新局 " + d.slug(), "New bureau " + d.slug()));
        assertThat(acting.as(Demo.ADMIN, () -> admin.bureaus()))
                .extracting(Bilingual::en)
                .contains("New bureau " + d.slug(), Demo.BUREAU);
    }

    @Test
    void editing_is_audited_before_and_after_and_the_slug_is_fixed_once_public() {
        var slug = slug();
        var id = create(draft(slug));
        addTopic(id, "first");
        var seen = acting.as(Demo.ADMIN, () -> admin.programme(id)).orElseThrow();
        var d = draft(slug);
        var renamed = slug + "-renamed";
        acting.run(
                Demo.ADMIN,
                () -> admin.edit(
                        id,
                        seen.version(),
                        new ProgrammeDraft(
                                Bilingual.of("改过的标题", "Edited title"),
                                renamed,
                                d.guestName(),
                                d.guestTitle(),
                                d.bureauName(),
                                d.summary(),
                                null,
                                d.startsAt(),
                                null)));
        assertThatThrownBy(() -> acting.run(Demo.ADMIN, () -> admin.edit(id, seen.version(), d)))
                .as("a stale form is a conflict")
                .isInstanceOf(OptimisticLockingFailureException.class);
        var edited = acting.as(Demo.ADMIN, () -> admin.programme(id)).orElseThrow();
        assertThat(edited.draft().title()).isEqualTo(Bilingual.of("改过的标题", "Edited title"));
        assertThat(edited.draft().livestreamUrl()).isNull();
        var entry = acting.as(Demo.ADMIN, () -> audit.trailOf("DIALOGUE", id)).getLast();
        assertThat(entry.action()).isEqualTo("PROGRAMME_EDITED");
        assertThat(entry.beforeState()).contains(slug).contains("https://live.example.org/");
        assertThat(entry.afterState()).contains("Edited title").contains(renamed);

        acting.run(Demo.ADMIN, () -> programmes.changeStatus(id, ProgrammeStatus.OPEN));
        var open = acting.as(Demo.ADMIN, () -> admin.programme(id)).orElseThrow();
        var refused = refusal(() -> admin.edit(
                id,
                open.version(),
                new ProgrammeDraft(
                        d.title(),
                        "moved-" + slug,
                        d.guestName(),
                        d.guestTitle(),
                        d.bureauName(),
                        d.summary(),
                        null,
                        d.startsAt(),
                        null)));
        assertThat(refused.field()).isEqualTo("slug");
        assertThat(refused.messageKey()).isEqualTo("admin.programme.error.slug-fixed");
        assertThat(programmes.publicProgramme(renamed)).isPresent();
    }

    @Test
    void going_live_needs_a_topic() {
        var id = create(draft(slug()));
        acting.run(Demo.ADMIN, () -> programmes.changeStatus(id, ProgrammeStatus.OPEN));
        assertThatThrownBy(() -> acting.run(Demo.ADMIN, () -> programmes.changeStatus(id, ProgrammeStatus.LIVE)))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("programme.error.no-topics");
        addTopic(id, "now-one");
        acting.run(Demo.ADMIN, () -> programmes.changeStatus(id, ProgrammeStatus.LIVE));
        assertThat(programmes.status(id)).contains(ProgrammeStatus.LIVE);
        var only = acting.as(Demo.ADMIN, () -> admin.programme(id))
                .orElseThrow()
                .topics()
                .getFirst()
                .id();
        assertThat(refusal(() -> admin.removeTopic(only)).messageKey())
                .as("a live programme keeps its last topic")
                .isEqualTo("programme.error.no-topics");
    }

    @Test
    void topic_slugs_are_unique_within_a_programme_only() {
        var one = create(draft(slug()));
        var two = create(draft(slug()));
        addTopic(one, "same");
        var refused = refusal(() -> admin.addTopic(one, new TopicDraft(en("Again"), "same", null)));
        assertThat(refused.field()).isEqualTo("slug");
        assertThat(refused.messageKey()).isEqualTo("admin.topic.error.slug-taken");
        addTopic(two, "same");
        var other = addTopic(one, "other");
        assertThat(refusal(() -> admin.editTopic(other, new TopicDraft(en("Other"), "same", null)))
                        .field())
                .isEqualTo("slug");
        acting.run(
                Demo.ADMIN,
                () -> admin.editTopic(
                        other, new TopicDraft(Bilingual.of("题目", null), "renamed", Bilingual.of("摘要", null))));
        var topics =
                acting.as(Demo.ADMIN, () -> admin.programme(one)).orElseThrow().topics();
        assertThat(topics).extracting(TopicSummary::slug).containsExactly("same", "renamed");
        assertThat(topics.getLast().title()).as("a topic only in Chinese").isEqualTo(Bilingual.of("题目", null));
        assertThat(topics.getLast().summary()).isEqualTo(Bilingual.of("摘要", null));
        assertThat(acting.as(Demo.ADMIN, () -> audit.trailOf("TOPIC", other)))
                .extracting(e -> e.action())
                .containsExactly("TOPIC_ADDED", "TOPIC_EDITED");
    }

    @Test
    void reordering_persists_and_is_audited() {
        var id = create(draft(slug()));
        var a = addTopic(id, "a");
        var b = addTopic(id, "b");
        var c = addTopic(id, "c");
        acting.run(Demo.ADMIN, () -> admin.moveTopic(c, true));
        acting.run(Demo.ADMIN, () -> admin.moveTopic(a, false));
        acting.run(Demo.ADMIN, () -> admin.moveTopic(a, false));
        acting.run(Demo.ADMIN, () -> admin.moveTopic(a, false)); // already last: nothing changes, nothing recorded
        acting.run(Demo.ADMIN, () -> programmes.changeStatus(id, ProgrammeStatus.OPEN));
        var slug = acting.as(Demo.ADMIN, () -> admin.programme(id))
                .orElseThrow()
                .draft()
                .slug();
        assertThat(programmes.publicProgramme(slug).orElseThrow().topics())
                .extracting(TopicSummary::id)
                .containsExactly(c, b, a);
        assertThat(acting.as(Demo.ADMIN, () -> admin.programme(id))
                        .orElseThrow()
                        .topics())
                .extracting(TopicSummary::position)
                .containsExactly(1, 2, 3);
        assertThat(acting.as(Demo.ADMIN, () -> audit.trailOf("TOPIC", a)))
                .extracting(e -> e.action())
                .containsExactly("TOPIC_ADDED", "TOPIC_MOVED", "TOPIC_MOVED");
    }

    @Test
    void a_topic_with_submissions_cannot_be_removed_an_unused_one_can() {
        var id = create(draft(slug()));
        var used = addTopic(id, "used");
        var unused = addTopic(id, "unused");
        acting.run(Demo.ADMIN, () -> programmes.changeStatus(id, ProgrammeStatus.OPEN));
        var resident = "admin-it-" + System.nanoTime() + "@example.org";
        accounts.register(new RegistrationDraft(resident, "IT Resident", "a long enough passphrase", true));
        residentsHelper.confirm(resident);
        acting.run(resident, () -> submissions.ask(used, "A question that keeps its topic"));

        var refused = refusal(() -> admin.removeTopic(used));
        assertThat(refused.messageKey()).isEqualTo("admin.topic.error.in-use");
        acting.run(Demo.ADMIN, () -> admin.removeTopic(unused));
        assertThat(acting.as(Demo.ADMIN, () -> admin.programme(id))
                        .orElseThrow()
                        .topics())
                .extracting(TopicSummary::id)
                .containsExactly(used);
        assertThat(acting.as(Demo.ADMIN, () -> audit.trailOf("TOPIC", unused)))
                .extracting(e -> e.action())
                .containsExactly("TOPIC_ADDED", "TOPIC_REMOVED");
        assertThat(refusal(() -> admin.removeTopic(Demo.TOPIC_ID)).messageKey()).isEqualTo("admin.topic.error.in-use");
    }
}
