package org.citizendialogue.statistics.ui;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.citizendialogue.programme.ProgrammeCard;
import org.citizendialogue.programme.ProgrammeService;
import org.citizendialogue.shared.ui.BilingualText;
import org.citizendialogue.shared.ui.MainLayout;
import org.citizendialogue.statistics.BarChartSvg;
import org.citizendialogue.statistics.Satisfaction;
import org.citizendialogue.statistics.Scorecard;
import org.citizendialogue.statistics.ScorecardFigures;
import org.citizendialogue.statistics.ScorecardService;
import org.citizendialogue.statistics.Share;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The public scorecard (issue 17, part 2): response, resolution and satisfaction rates and the
 * median time to answer, for all programmes, each programme and each bureau over a period
 * (default the last 12 months), with a monthly chart and its table. Fewer than ten in a whole
 * shows the counts, never a percentage; the page says so.
 */
@Route(value = "scorecard", layout = MainLayout.class)
@AnonymousAllowed
class ScorecardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ScorecardService scorecards;
    private final ProgrammeService programmes;

    ScorecardView(ScorecardService scorecards, ProgrammeService programmes) {
        this.scorecards = scorecards;
        this.programmes = programmes;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters().getParameters();
        var card = scorecards.of(date(query, "from"), date(query, "to"), first(query, "programme"));
        removeAll();
        add(new H1(getTranslation("scorecard.title")));
        var intro = new Paragraph(getTranslation("scorecard.intro", card.responseDays()));
        var small = new Paragraph(getTranslation("scorecard.small-numbers", Share.SMALL));
        small.setId("scorecard-small-numbers");
        small.addClassName("hint");
        add(intro, small, filters(card));
        add(section("scorecard-all", getTranslation("scorecard.all"), List.of(card.all())));
        if (card.programme() == null) {
            add(section("scorecard-programmes", getTranslation("scorecard.programmes"), card.programmes()));
        }
        add(section("scorecard-bureaus", getTranslation("scorecard.bureaus"), card.bureaus()), months(card));
        var json = new Anchor("api/scorecard.json", getTranslation("scorecard.open-data.json"));
        json.setId("scorecard-json");
        var csv = new Anchor("api/scorecard/programmes.csv", getTranslation("scorecard.open-data.csv"));
        csv.setId("scorecard-csv");
        add(new Paragraph(json, new Span(" · "), csv));
    }

    private Component filters(Scorecard card) {
        var from = new DatePicker(getTranslation("scorecard.from"), card.from());
        from.setId("scorecard-from");
        var to = new DatePicker(getTranslation("scorecard.to"), card.to());
        to.setId("scorecard-to");
        var programme = new Select<ProgrammeCard>();
        programme.setId("scorecard-programme");
        programme.setLabel(getTranslation("scorecard.programme"));
        var all = programmes.publicProgrammes();
        programme.setItems(all);
        programme.setEmptySelectionAllowed(true);
        programme.setEmptySelectionCaption(getTranslation("scorecard.programme.all"));
        programme.setItemLabelGenerator(d -> d == null
                ? getTranslation("scorecard.programme.all")
                : d.title().in(getLocale()));
        all.stream().filter(d -> d.slug().equals(card.programme())).findFirst().ifPresent(programme::setValue);
        var show = new Button(getTranslation("scorecard.show"), e -> {
            var params = new HashMap<String, String>();
            if (from.getValue() != null) {
                params.put("from", from.getValue().toString());
            }
            if (to.getValue() != null) {
                params.put("to", to.getValue().toString());
            }
            if (programme.getValue() != null) {
                params.put("programme", programme.getValue().slug());
            }
            getUI().ifPresent(ui -> ui.navigate("scorecard", QueryParameters.simple(params)));
        });
        show.setId("scorecard-show");
        var bar = new Div(from, to, programme, show);
        bar.addClassName("list-toolbar");
        return bar;
    }

    private Component section(String id, String title, List<ScorecardFigures> rows) {
        var table = new NativeTable();
        table.setId(id);
        table.setCaptionText(title);
        table.addClassName("stats-table");
        var headRow = new NativeTableRow();
        for (var key : List.of(
                "scorecard.col.name",
                "scorecard.col.response",
                "scorecard.col.resolution",
                "scorecard.col.satisfaction",
                "scorecard.col.median")) {
            var cell = new NativeTableHeaderCell(getTranslation(key));
            cell.getElement().setAttribute("scope", "col");
            headRow.add(cell);
        }
        var body = new NativeTableBody();
        for (var f : rows) {
            var row = new NativeTableRow();
            row.setId(id + "-" + f.key().replaceAll("[^A-Za-z0-9-]", "-"));
            var name = new NativeTableHeaderCell();
            name.getElement().setAttribute("scope", "row");
            row.add(
                    BilingualText.show(name, f.name(), getLocale()),
                    new NativeTableCell(share(f.response())),
                    new NativeTableCell(share(f.resolution())),
                    new NativeTableCell(satisfaction(f.satisfaction())),
                    new NativeTableCell(duration(f.medianToAnswer())));
            body.add(row);
        }
        table.add(new NativeTableHeader(headRow), body);
        return new Section(new H2(title), scrolling(table, title));
    }

    private Component months(Scorecard card) {
        var label = DateTimeFormatter.ofPattern("yyyy-MM");
        var bars = new ArrayList<BarChartSvg.Bar>();
        int every = card.months().size() > 6 ? 3 : 1; // labels of 13 months would overlap
        for (int i = 0; i < card.months().size(); i++) {
            var m = card.months().get(i);
            bars.add(new BarChartSvg.Bar(
                    i % every == 0 ? label.format(m.month()) : "",
                    Math.round(m.response().percent().orElse(0))));
        }
        var description = getTranslation("scorecard.chart", card.responseDays(), Share.SMALL);
        var chart = new Image(BarChartSvg.dataUri(BarChartSvg.svg(description, bars)), description);
        chart.setId("scorecard-chart");
        chart.getStyle().set("max-width", "100%");
        chart.getStyle().set("height", "auto");
        var table = new NativeTable();
        table.setId("scorecard-months");
        table.setCaptionText(getTranslation("scorecard.months"));
        table.addClassName("stats-table");
        var headRow = new NativeTableRow();
        for (var key : List.of("scorecard.col.month", "scorecard.col.response", "scorecard.col.satisfaction")) {
            var cell = new NativeTableHeaderCell(getTranslation(key));
            cell.getElement().setAttribute("scope", "col");
            headRow.add(cell);
        }
        var body = new NativeTableBody();
        for (var m : card.months()) {
            var month = new NativeTableHeaderCell(label.format(m.month()));
            month.getElement().setAttribute("scope", "row");
            body.add(new NativeTableRow(
                    month,
                    new NativeTableCell(share(m.response())),
                    new NativeTableCell(satisfaction(m.satisfaction()))));
        }
        table.add(new NativeTableHeader(headRow), body);
        var details = new Details(
                getTranslation("scorecard.months.table"), scrolling(table, getTranslation("scorecard.months")));
        details.setId("scorecard-months-details");
        return new Section(new H2(getTranslation("scorecard.months")), chart, details);
    }

    private String share(Share share) {
        if (share.whole() == 0) {
            return getTranslation("stats.none");
        }
        if (share.small()) {
            return getTranslation("scorecard.counts", share.part(), share.whole());
        }
        return getTranslation("scorecard.percent", percent(share.percent().getAsDouble()), share.part(), share.whole());
    }

    private String satisfaction(Satisfaction s) {
        if (s.ratings() == 0) {
            return getTranslation("stats.none");
        }
        if (s.small()) {
            return getTranslation("scorecard.ratings.counts", s.satisfied(), s.partly(), s.notSatisfied(), s.ratings());
        }
        return getTranslation("scorecard.ratings.percent", percent(s.percent().getAsDouble()), s.ratings());
    }

    private String percent(double value) {
        var format = NumberFormat.getPercentInstance(getLocale());
        format.setMaximumFractionDigits(0);
        return format.format(value / 100);
    }

    private String duration(Duration duration) {
        if (duration == null) {
            return getTranslation("stats.none");
        }
        long minutes = duration.toMinutes();
        if (minutes < 60) {
            return getTranslation("stats.duration.minutes", minutes);
        }
        if (minutes < 24 * 60) {
            return getTranslation("stats.duration.hours", minutes / 60, minutes % 60);
        }
        return getTranslation("stats.duration.days", minutes / (24 * 60), (minutes / 60) % 24);
    }

    private static Component scrolling(Component table, String label) {
        var region = new Div(table);
        region.addClassName("table-scroll");
        region.getStyle().set("overflow-x", "auto");
        region.getStyle().set("max-width", "100%");
        region.getElement().setAttribute("role", "region");
        region.getElement().setAttribute("aria-label", label);
        region.getElement().setAttribute("tabindex", "0");
        return region;
    }

    private static String first(Map<String, List<String>> query, String name) {
        var values = query.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private static LocalDate date(Map<String, List<String>> query, String name) {
        var value = first(query, name);
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scorecard.title") + " · " + getTranslation("app.name");
    }
}
