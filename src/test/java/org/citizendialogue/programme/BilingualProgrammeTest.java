package org.citizendialogue.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.citizendialogue.answer.AnswerTemplate;
import org.citizendialogue.answer.AnswerTemplates;
import org.citizendialogue.shared.Bilingual;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.support.Acting;
import org.citizendialogue.support.Demo;
import org.citizendialogue.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Texts in two languages on MariaDB (decision 025): what an admin writes in one language, both or
 * neither comes back as written; a reader gets their language's version or, marked, the other one.
 */
@IntegrationTest
class BilingualProgrammeTest {

    private static final Instant START = Instant.parse("2026-05-01T02:00:00Z");

    @Autowired
    ProgrammeAdmin admin;

    @Autowired
    ProgrammeService programmes;

    @Autowired
    AnswerTemplates templates;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Acting acting;

    private static ProgrammeDraft english(String slug) {
        return new ProgrammeDraft(
                Bilingual.of(null, "Smart elderly care"),
                slug,
                Bilingual.of(null, "Jiang Guangzhi"),
                Bilingual.of(null, "Director"),
                Bilingual.of(null, Demo.BUREAU),
                Bilingual.of(null, "An English summary."),
                null,
                START,
                null);
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
    void a_reader_gets_their_language_or_the_other_one_marked_as_a_fallback() {
        var slug = "bilingual-" + System.nanoTime();
        long id = acting.as(Demo.ADMIN, () -> admin.create(english(slug)));
        acting.run(
                Demo.ADMIN,
                () -> admin.addTopic(
                        id, new TopicDraft(Bilingual.of("只有中文的话题", null), "zh-only", Bilingual.of("中文摘要。", null))));
        acting.run(
                Demo.ADMIN,
                () -> admin.addTopic(id, new TopicDraft(Bilingual.of("两种语言", "Both languages"), "both", null)));
        acting.run(Demo.ADMIN, () -> programmes.changeStatus(id, ProgrammeStatus.OPEN));

        var programme = programmes.publicProgramme(slug).orElseThrow();
        var chineseReader = programme.title().shown(Bilingual.CHINESE);
        assertThat(chineseReader.text()).isEqualTo("Smart elderly care");
        assertThat(chineseReader.fallback()).isTrue();
        assertThat(chineseReader.languageTag()).isEqualTo("en");
        assertThat(programme.title().shown(Bilingual.ENGLISH).fallback()).isFalse();
        assertThat(programme.bureauName().en()).isEqualTo(Demo.BUREAU);
        assertThat(programme.series().isEmpty()).isTrue();

        var zhOnly = programme.topics().getFirst();
        var englishReader = zhOnly.title().shown(Bilingual.ENGLISH);
        assertThat(englishReader.text()).isEqualTo("只有中文的话题");
        assertThat(englishReader.languageTag()).isEqualTo("zh-CN");
        assertThat(englishReader.fallback()).isTrue();
        assertThat(zhOnly.summary().shown(Bilingual.ENGLISH).text()).isEqualTo("中文摘要。");
        var both = programme.topics().getLast();
        assertThat(both.title().in(Bilingual.CHINESE)).isEqualTo("两种语言");
        assertThat(both.title().in(Bilingual.ENGLISH)).isEqualTo("Both languages");
        assertThat(both.summary().shown(Bilingual.ENGLISH).text())
                .as("no summary in either language")
                .isEmpty();

        var context = programmes.publicTopic(slug, "zh-only").orElseThrow();
        assertThat(context.topicTitle()).isEqualTo(Bilingual.of("只有中文的话题", null));
        assertThat(context.dialogueTitle()).isEqualTo(Bilingual.of(null, "Smart elderly care"));
        assertThat(programmes.publicProgrammes())
                .filteredOn(d -> d.slug().equals(slug))
                .singleElement()
                .extracting(ProgrammeCard::title)
                .isEqualTo(Bilingual.of(null, "Smart elderly care"));
        assertThat(jdbc.sql("SELECT title_zh IS NULL AND title_en = 'Smart elderly care' FROM dialogue WHERE id = :id")
                        .param("id", id)
                        .query(Boolean.class)
                        .single())
                .as("stored as written")
                .isTrue();
    }

    @Test
    void each_language_version_is_checked_on_its_own() {
        var d = english("bilingual-check-" + System.nanoTime());
        var nothing = refusal(
                () -> admin.create(new ProgrammeDraft(null, d.slug(), null, null, null, null, null, START, null)));
        assertThat(nothing.field()).isEqualTo("title.zh");
        assertThat(nothing.messageKey()).isEqualTo("validation.one-language");
        var startedChinese = refusal(() -> admin.create(new ProgrammeDraft(
                Bilingual.of("中文标题", "Smart elderly care"),
                d.slug(),
                d.guestName(),
                d.guestTitle(),
                d.bureauName(),
                d.summary(),
                null,
                START,
                null)));
        assertThat(startedChinese.field())
                .as("a Chinese version started needs its guest name")
                .isEqualTo("guestName.zh");
        assertThat(startedChinese.messageKey()).isEqualTo("validation.required-zh");
        var longEnglish = refusal(() -> admin.create(new ProgrammeDraft(
                d.title(),
                d.slug(),
                d.guestName(),
                d.guestTitle(),
                d.bureauName(),
                d.summary(),
                Bilingual.of(null, "x".repeat(ProgrammeDraft.SERIES_MAX + 1)),
                START,
                null)));
        assertThat(longEnglish.field()).isEqualTo("series.en");
        assertThat(longEnglish.messageKey()).isEqualTo("validation.too-long");
        var topicSummaryOnly = refusal(() -> admin.addTopic(
                1, new TopicDraft(Bilingual.of(null, "Title"), "summary-only", Bilingual.of("只有摘要", null))));
        assertThat(topicSummaryOnly.field())
                .as("a Chinese summary needs a Chinese title")
                .isEqualTo("title.zh");
    }

    @Test
    void a_typed_bureau_name_in_the_other_language_completes_a_known_bureau() {
        var slug = "bilingual-bureau-" + System.nanoTime();
        var englishName = "Bureau " + slug;
        acting.run(
                Demo.ADMIN,
                () -> admin.create(new ProgrammeDraft(
                        Bilingual.of(null, "T"),
                        slug,
                        Bilingual.of(null, "G"),
                        Bilingual.of(null, "D"),
                        Bilingual.of(null, englishName),
                        Bilingual.of(null, "S"),
                        null,
                        START,
                        null)));
        var second = slug + "-2";
        acting.run(
                Demo.ADMIN,
                () -> admin.create(new ProgrammeDraft(
                        Bilingual.of("题", "T"),
                        second,
                        Bilingual.of("客", "G"),
                        Bilingual.of("职", "D"),
                        Bilingual.of("局 " + slug, englishName),
                        Bilingual.of("摘", "S"),
                        null,
                        START,
                        null)));
        assertThat(acting.as(Demo.ADMIN, () -> admin.bureaus()))
                .filteredOn(b -> englishName.equals(b.en()))
                .as("one bureau, now with both names")
                .singleElement()
                .extracting(Bilingual::zh)
                .isEqualTo("局 " + slug);
    }

    @Test
    void answer_templates_keep_both_languages() {
        long id = acting.as(
                Demo.ADMIN, () -> templates.add(1L, Bilingual.of("仅中文模板", null), Bilingual.of("感谢您的提问。", null)));
        assertThat(acting.as(Demo.ADMIN, () -> templates.all()))
                .filteredOn(t -> t.id() == id)
                .singleElement()
                .extracting(AnswerTemplate::body)
                .isEqualTo(Bilingual.of("感谢您的提问。", null));
        acting.run(Demo.ADMIN, () -> templates.remove(id));
        assertThat(acting.as(Demo.ADMIN, () -> templates.all()))
                .extracting(AnswerTemplate::id)
                .contains(2L);
        var demo = acting.as(Demo.ADMIN, () -> templates.all()).stream()
                .filter(t -> t.id() == 2L)
                .findFirst()
                .orElseThrow();
        assertThat(demo.title())
                .as("the demo template in both languages")
                .isEqualTo(Bilingual.of("标杆城市数据", "Benchmark city figures"));
    }
}
