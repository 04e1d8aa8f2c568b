package org.citizendialogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.citizendialogue.support.Demo;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;

/**
 * The scorecard through its page: the small-number rule stated, the demo programme's figures as
 * counts (it has fewer than ten ratings), the chart and its table, one programme chosen by the
 * address, the links from the statistics and transparency pages, in English and Chinese.
 */
class ScorecardUiTest extends BrowserlessUiTest {

    @Test
    void the_scorecard_states_the_small_number_rule_and_shows_counts_in_both_languages() {
        navigate("dialogues/" + Demo.DIALOGUE + "/statistics", Component.class);
        assertThat(byId(Anchor.class, "scorecard-link").getHref()).isEqualTo("scorecard?programme=" + Demo.DIALOGUE);
        navigate("dialogues/" + Demo.DIALOGUE + "/transparency", Component.class);
        assertThat(exists("scorecard-link")).isTrue();

        UI.getCurrent().navigate("scorecard", QueryParameters.of("programme", Demo.DIALOGUE));
        assertThat(byId(Paragraph.class, "scorecard-small-numbers").getText()).contains("fewer than 10");
        var all = byId(NativeTable.class, "scorecard-all").getElement().getTextRecursively();
        assertThat(all).contains("satisfied,").contains("ratings)").doesNotContain("%");
        assertThat(exists("scorecard-programmes"))
                .as("one programme chosen: no per-programme table")
                .isFalse();
        assertThat(exists("scorecard-bureaus")).isTrue();
        assertThat(byId(Image.class, "scorecard-chart").getSrc()).startsWith("data:image/svg+xml");
        assertThat(exists("scorecard-months")).isTrue();

        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        navigate("login", Component.class);
        navigate("scorecard", Component.class);
        assertThat(byId(Paragraph.class, "scorecard-small-numbers").getText()).contains("小数字规则");
        assertThat(byId(NativeTable.class, "scorecard-programmes").getElement().getTextRecursively())
                .contains("满意");
    }
}
