package org.citizendialogue.portal.ui;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citizendialogue.programme.ProgrammeCard;
import org.citizendialogue.programme.ProgrammeService;
import org.citizendialogue.programme.ProgrammeStatus;
import org.citizendialogue.shared.ui.BilingualText;
import org.citizendialogue.shared.ui.MainLayout;
import org.citizendialogue.shared.ui.StatusBadge;
import org.citizendialogue.shared.ui.TimeFormat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The programmes: live now, open for questions, upcoming broadcasts, and past ones. */
@Route(value = "", layout = MainLayout.class)
@AnonymousAllowed
class HomeView extends VerticalLayout implements HasDynamicTitle {

    HomeView(ProgrammeService programmes, TimeFormat time, Clock clock) {
        addClassName("page");
        var intro = new Paragraph(getTranslation("home.intro"));
        intro.addClassName("lead");
        add(new H1(getTranslation("home.title")), intro);
        var now = clock.instant();
        Map<String, List<ProgrammeCard>> sections = new LinkedHashMap<>();
        for (var key : List.of("live", "open", "upcoming", "past")) {
            sections.put(key, new ArrayList<>());
        }
        for (var d : programmes.publicProgrammes()) {
            var key = switch (d.status()) {
                case LIVE -> "live";
                case OPEN -> d.startsAt() != null && d.startsAt().isAfter(now) ? "upcoming" : "open";
                default -> "past";
            };
            sections.get(key).add(d);
        }
        if (sections.values().stream().allMatch(List::isEmpty)) {
            add(new Paragraph(getTranslation("home.empty")));
        }
        sections.forEach((key, list) -> {
            if (!list.isEmpty()) {
                var section = new Section(new H2(getTranslation("home.section." + key)));
                section.setId("programmes-" + key);
                list.forEach(d -> section.add(card(d, time)));
                add(section);
            }
        });
    }

    private Component card(ProgrammeCard d, TimeFormat time) {
        var card = new Article();
        card.addClassName("programme-card");
        card.setId("programme-" + d.slug());
        var title = new H3(BilingualText.showMarked(new Anchor("dialogues/" + d.slug(), ""), d.title(), getLocale()));
        var guest = new Paragraph(
                BilingualText.span(d.guestName(), getLocale()),
                new Span(" — "),
                BilingualText.span(d.guestTitle(), getLocale()));
        guest.addClassName("guest");
        var meta = new Div(new StatusBadge(
                getTranslation("status." + d.status()), d.status().name().toLowerCase()));
        if (d.startsAt() != null) {
            meta.add(new Span(getTranslation(
                    d.status() == ProgrammeStatus.OPEN || d.status() == ProgrammeStatus.LIVE
                            ? "programme.broadcast"
                            : "programme.broadcast-past",
                    time.dateTime(d.startsAt(), getLocale()))));
        }
        meta.addClassName("meta");
        card.add(title, guest, BilingualText.show(new Paragraph(), d.bureauName(), getLocale()), meta);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name");
    }
}
