package org.citizendialogue.statistics.ui;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.citizendialogue.shared.ui.BilingualText;
import org.citizendialogue.statistics.BarChartSvg;
import org.citizendialogue.statistics.Figures;
import org.citizendialogue.statistics.HourCount;
import org.citizendialogue.statistics.ProgrammeStatistics;
import org.citizendialogue.submission.SubmissionStatus;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;

/**
 * The figures of one programme: a summary table, a table by topic, two server-drawn SVG charts,
 * each with a text alternative and a table with the same numbers, and the top questions. Tables
 * wider than a phone scroll sideways inside their own labelled region; the page does not.
 */
class StatisticsPanel extends Div {

    private final Locale locale;

    StatisticsPanel(ProgrammeStatistics stats, ZoneId zone, Locale locale) {
        this.locale = locale;
        addClassName("statistics");
        setWidthFull();
        add(summary(stats.total()), topics(stats), hours(stats.lastHours(), zone), top(stats));
    }

    private Component summary(Figures total) {
        var table = table("stats-summary", getTranslation("stats.summary"));
        var body = new NativeTableBody();
        body.add(row("stats-received", getTranslation("stats.received"), number(total.received())));
        for (var status : SubmissionStatus.values()) {
            body.add(row(
                    "stats-state-" + status.name().toLowerCase(Locale.ROOT),
                    getTranslation("stats.state." + status.name()),
                    number(total.count(status))));
        }
        body.add(row(
                "stats-questions", getTranslation("stats.questions-published"), number(total.questionsPublished())));
        body.add(row("stats-answered-share", getTranslation("stats.answered-share"), share(total)));
        body.add(row(
                "stats-median-decision", getTranslation("stats.median-decision"), duration(total.medianToDecision())));
        body.add(row("stats-p90-decision", getTranslation("stats.p90-decision"), duration(total.p90ToDecision())));
        body.add(row("stats-median-answer", getTranslation("stats.median-answer"), duration(total.medianToAnswer())));
        body.add(row("stats-p90-answer", getTranslation("stats.p90-answer"), duration(total.p90ToAnswer())));
        table.add(body);
        return new Section(new H2(getTranslation("stats.summary")), table);
    }

    private Component topics(ProgrammeStatistics stats) {
        var bars = stats.topics().stream()
                .map(t -> new BarChartSvg.Bar(
                        String.valueOf(t.position()), t.figures().questionsPublished()))
                .toList();
        var chart = chart("stats-topics-chart", getTranslation("stats.topics.chart"), bars);
        var table = table("stats-topics-table", getTranslation("stats.topics.caption"));
        var head = new NativeTableHeader();
        var headings = new ArrayList<String>(List.of(
                getTranslation("stats.topic.position"),
                getTranslation("stats.topic"),
                getTranslation("stats.received")));
        for (var status : SubmissionStatus.values()) {
            headings.add(getTranslation("stats.state." + status.name()));
        }
        headings.addAll(List.of(
                getTranslation("stats.questions-published"),
                getTranslation("stats.answered-share"),
                getTranslation("stats.median-decision"),
                getTranslation("stats.p90-decision"),
                getTranslation("stats.median-answer"),
                getTranslation("stats.p90-answer")));
        var headRow = new NativeTableRow();
        headings.forEach(h -> headRow.add(column(h)));
        head.add(headRow);
        var body = new NativeTableBody();
        for (var topic : stats.topics()) {
            var f = topic.figures();
            var row = new NativeTableRow();
            row.setId("stats-topic-" + topic.slug());
            row.add(
                    new NativeTableCell(String.valueOf(topic.position())),
                    BilingualText.show(rowHeader(""), topic.title(), locale),
                    new NativeTableCell(number(f.received())));
            for (var status : SubmissionStatus.values()) {
                row.add(new NativeTableCell(number(f.count(status))));
            }
            row.add(
                    new NativeTableCell(number(f.questionsPublished())), new NativeTableCell(share(f)),
                    new NativeTableCell(duration(f.medianToDecision())),
                            new NativeTableCell(duration(f.p90ToDecision())),
                    new NativeTableCell(duration(f.medianToAnswer())), new NativeTableCell(duration(f.p90ToAnswer())));
            body.add(row);
        }
        table.add(head, body);
        return new Section(
                new H2(getTranslation("stats.topics")),
                chart,
                scrolling(table, getTranslation("stats.topics.caption")));
    }

    private Component hours(List<HourCount> hours, ZoneId zone) {
        var clock = DateTimeFormatter.ofPattern("HH:mm", locale).withZone(zone);
        var stamp = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(zone);
        var bars = new ArrayList<BarChartSvg.Bar>();
        for (int i = 0; i < hours.size(); i++) {
            bars.add(new BarChartSvg.Bar(
                    i % 12 == 0 ? clock.format(hours.get(i).hour()) : "",
                    hours.get(i).count()));
        }
        var chart = chart("stats-hours-chart", getTranslation("stats.hours.chart", zone.getId()), bars);
        var table = table("stats-hours-table", getTranslation("stats.hours"));
        var head = new NativeTableHeader();
        var headRow = new NativeTableRow();
        headRow.add(column(getTranslation("stats.hour", zone.getId())), column(getTranslation("stats.count")));
        head.add(headRow);
        var body = new NativeTableBody();
        for (var hour : hours) {
            body.add(new NativeTableRow(
                    rowHeader(stamp.format(hour.hour())), new NativeTableCell(number(hour.count()))));
        }
        table.add(head, body);
        var details = new Details(getTranslation("stats.hours.table"), table);
        details.setId("stats-hours-details");
        return new Section(new H2(getTranslation("stats.hours")), chart, details);
    }

    private Component top(ProgrammeStatistics stats) {
        var list = new OrderedList();
        list.setId("stats-top");
        for (var q : stats.topQuestions()) {
            var item = new ListItem(
                    new Anchor("questions/" + q.id(), getTranslation("question.title", q.id())),
                    new Span(" · " + getTranslation("stats.top.comments", q.commentCount())),
                    new Paragraph(q.body()));
            item.setId("stats-top-" + q.id());
            list.add(item);
        }
        var note = new Paragraph(getTranslation("stats.top.note"));
        note.addClassName("hint");
        return new Section(new H2(getTranslation("stats.top")), note, list);
    }

    private static Component chart(String id, String description, List<BarChartSvg.Bar> bars) {
        var image = new Image(BarChartSvg.dataUri(BarChartSvg.svg(description, bars)), description);
        image.setId(id);
        image.getStyle().set("max-width", "100%");
        image.getStyle().set("height", "auto");
        return image;
    }

    private static NativeTable table(String id, String caption) {
        var table = new NativeTable();
        table.setCaptionText(caption);
        table.setId(id);
        table.addClassName("stats-table");
        return table;
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

    private static NativeTableRow row(String id, String label, String value) {
        var row = new NativeTableRow(rowHeader(label), new NativeTableCell(value));
        row.setId(id);
        return row;
    }

    private static NativeTableHeaderCell column(String text) {
        var cell = new NativeTableHeaderCell(text);
        cell.getElement().setAttribute("scope", "col");
        return cell;
    }

    private static NativeTableHeaderCell rowHeader(String text) {
        var cell = new NativeTableHeaderCell(text);
        cell.getElement().setAttribute("scope", "row");
        return cell;
    }

    private String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    private String share(Figures figures) {
        var share = figures.answeredShare();
        return share == null
                ? getTranslation("stats.none")
                : NumberFormat.getPercentInstance(locale).format(share);
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
}
