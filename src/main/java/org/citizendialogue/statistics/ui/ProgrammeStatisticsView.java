package org.citizendialogue.statistics.ui;

import java.time.ZoneId;

import org.citizendialogue.shared.ui.BilingualText;
import org.citizendialogue.shared.ui.MainLayout;
import org.citizendialogue.statistics.ProgrammeStatistics;
import org.citizendialogue.statistics.StatisticsService;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The public statistics of one programme. */
@Route(value = "dialogues/:slug/statistics", layout = MainLayout.class)
@AnonymousAllowed
class ProgrammeStatisticsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final StatisticsService statistics;
    private final ZoneId zone;
    private ProgrammeStatistics stats;

    ProgrammeStatisticsView(StatisticsService statistics, ZoneId displayZone) {
        this.statistics = statistics;
        this.zone = displayZone;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        stats = statistics
                .ofProgramme(event.getRouteParameters().get("slug").orElse(""))
                .orElseThrow(NotFoundException::new);
        removeAll();
        var crumbs = new Nav(BilingualText.anchor("dialogues/" + stats.slug(), stats.title(), getLocale()));
        crumbs.addClassName("breadcrumbs");
        crumbs.getElement().setAttribute("aria-label", getTranslation("nav.breadcrumbs"));
        add(
                crumbs,
                new H1(getTranslation("stats.title", stats.title().in(getLocale()))),
                new StatisticsPanel(stats, zone, getLocale()));
        var scorecard = new Anchor("scorecard?programme=" + stats.slug(), getTranslation("scorecard.link"));
        scorecard.setId("scorecard-link");
        add(new Paragraph(scorecard));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("stats.title", stats == null ? "" : stats.title().in(getLocale())) + " · "
                + getTranslation("app.name");
    }
}
