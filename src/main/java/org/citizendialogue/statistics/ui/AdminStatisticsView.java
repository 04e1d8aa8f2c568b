package org.citizendialogue.statistics.ui;

import java.time.ZoneId;

import jakarta.annotation.security.RolesAllowed;

import org.citizendialogue.programme.ProgrammeCard;
import org.citizendialogue.shared.ui.MainLayout;
import org.citizendialogue.statistics.StatisticsService;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/** The admins' statistics: the same figures as the public page, for any programme picked here. */
@Route(value = "admin/stats", layout = MainLayout.class)
@RolesAllowed("ADMIN")
class AdminStatisticsView extends VerticalLayout implements HasDynamicTitle {

    private final StatisticsService statistics;
    private final ZoneId zone;
    private final Select<ProgrammeCard> programme = new Select<>();
    private final Div figures = new Div();

    AdminStatisticsView(StatisticsService statistics, ZoneId displayZone) {
        this.statistics = statistics;
        this.zone = displayZone;
        addClassName("page");
        programme.setId("stats-programme");
        programme.setLabel(getTranslation("stats.admin.programme"));
        programme.setItemLabelGenerator(d -> d.title().in(getLocale()));
        var programmes = statistics.programmes();
        programme.setItems(programmes);
        programme.addValueChangeListener(e -> show(e.getValue()));
        figures.setWidthFull();
        add(new H1(getTranslation("stats.admin.title")), programme, figures);
        if (programmes.isEmpty()) {
            figures.add(new Paragraph(getTranslation("stats.admin.none")));
        } else {
            programme.setValue(programmes.getFirst());
        }
    }

    private void show(ProgrammeCard card) {
        figures.removeAll();
        if (card != null) {
            statistics.forAdmin(card.slug()).ifPresent(s -> figures.add(new StatisticsPanel(s, zone, getLocale())));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("stats.admin.title") + " · " + getTranslation("app.name");
    }
}
