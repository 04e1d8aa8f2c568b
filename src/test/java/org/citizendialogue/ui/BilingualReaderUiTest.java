package org.citizendialogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;

import org.citizendialogue.programme.ProgrammeAdmin;
import org.citizendialogue.programme.ProgrammeDraft;
import org.citizendialogue.programme.ProgrammeService;
import org.citizendialogue.programme.ProgrammeStatus;
import org.citizendialogue.programme.TopicDraft;
import org.citizendialogue.shared.Bilingual;
import org.citizendialogue.support.Demo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * A reader in each language (decision 025): the demo programme reads wholly in Chinese for a
 * Chinese reader and in English for an English one; a text missing in the reader's language is
 * shown in the other with its lang attribute and a small note naming the language.
 */
class BilingualReaderUiTest extends BrowserlessUiTest {

    @Autowired
    ProgrammeAdmin programmes;

    @Autowired
    ProgrammeService programmeService;

    private void reader(Locale locale) {
        UI.getCurrent().setLocale(locale);
    }

    private H1 heading() {
        return $(H1.class).first();
    }

    private boolean shows(String text) {
        return $(Span.class).withText(text).exists()
                || $(Paragraph.class).withText(text).exists()
                || $(Anchor.class).withText(text).exists();
    }

    @Test
    void a_chinese_reader_reads_the_demo_programme_in_chinese() {
        reader(Locale.SIMPLIFIED_CHINESE);
        navigate("dialogues/" + Demo.DIALOGUE, Component.class);
        assertThat(heading().getElement().getText()).isEqualTo("建设全球数字经济标杆城市");
        assertThat(heading().getElement().hasAttribute("lang"))
                .as("the reader's own language")
                .isFalse();
        assertThat(shows("张劲松")).isTrue();
        assertThat(shows("北京市经济和信息化局党组书记、局长")).isTrue();
        assertThat(shows("北京市经济和信息化局")).isTrue();
        assertThat($(Paragraph.class).id("programme-series").getText()).contains("市民对话一把手");
        for (var title :
                new String[] {"全球数字经济标杆城市", "数字赋能产业", "数字赋能城市", "数字赋能生活", "新赛道", "“五子”联动", "《北京市数字经济促进条例》与下一步工作"}) {
            assertThat($(Anchor.class).withText(title).exists()).as(title).isTrue();
        }
        assertThat(pageShows("5G基站7.5万个")).as("the figures of the interview").isTrue();

        navigate(TOPIC_PATH, Component.class);
        assertThat(heading().getElement().getText()).isEqualTo("全球数字经济标杆城市");

        navigate("questions/1", Component.class);
        assertThat(shows("北京市经济和信息化局新闻发言人"))
                .as("the official answered under the Chinese title")
                .isTrue();
        assertThat(shows("Spokesperson, " + Demo.BUREAU)).isFalse();
    }

    @Test
    void an_english_reader_reads_it_in_english() {
        reader(Locale.ENGLISH);
        navigate("dialogues/" + Demo.DIALOGUE, Component.class);
        assertThat(heading().getElement().getText()).isEqualTo("Building a global digital economy benchmark city");
        assertThat(heading().getElement().hasAttribute("lang")).isFalse();
        assertThat(shows("Zhang Jinsong")).isTrue();
        assertThat(shows(Demo.BUREAU)).isTrue();
        assertThat($(Anchor.class).withText("Digitally empowered industries").exists())
                .isTrue();
        navigate("", Component.class);
        assertThat($(Anchor.class)
                        .withText("Building a global digital economy benchmark city")
                        .exists())
                .isTrue();
        navigate("questions/1", Component.class);
        assertThat(shows("Spokesperson, " + Demo.BUREAU)).isTrue();
    }

    @Test
    void a_missing_version_is_the_other_language_with_its_lang_and_a_note() {
        var slug = "reader-fallback-" + System.nanoTime();
        acting.run(Demo.ADMIN, () -> {
            long id = programmes.create(new ProgrammeDraft(
                    Bilingual.of(null, "Only in English"),
                    slug,
                    Bilingual.of(null, "Guest"),
                    Bilingual.of(null, "Director"),
                    Bilingual.of(null, Demo.BUREAU),
                    Bilingual.of(null, "An English summary."),
                    null,
                    Instant.parse("2026-06-01T02:00:00Z"),
                    null));
            programmes.addTopic(id, new TopicDraft(Bilingual.of("只有中文", null), "zh-only", null));
            programmeService.changeStatus(id, ProgrammeStatus.OPEN);
        });

        reader(Locale.SIMPLIFIED_CHINESE);
        navigate("dialogues/" + slug, Component.class);
        var h1 = heading().getElement();
        assertThat(h1.getText()).isEqualTo("Only in English");
        assertThat(h1.getAttribute("lang")).isEqualTo("en");
        assertThat(h1.getChildren()
                        .filter(c -> c.getClassList().contains("lang-note"))
                        .map(c -> c.getText()))
                .containsExactly("English");
        assertThat(shows("北京市经济和信息化局"))
                .as("the demo bureau has its Chinese name")
                .isTrue();
        var topic = $(Anchor.class).all().stream()
                .filter(a -> a.getHref().endsWith("/topics/zh-only"))
                .findFirst()
                .orElseThrow();
        assertThat(topic.getElement().hasAttribute("lang")).isFalse();

        reader(Locale.ENGLISH);
        navigate("dialogues/" + slug + "/topics/zh-only", Component.class);
        var topicHeading = heading().getElement();
        assertThat(topicHeading.getText()).isEqualTo("只有中文");
        assertThat(topicHeading.getAttribute("lang")).isEqualTo("zh-CN");
        assertThat(topicHeading
                        .getChildren()
                        .filter(c -> c.getClassList().contains("lang-note"))
                        .map(c -> c.getText()))
                .containsExactly("中文");
    }
}
