package org.citizendialogue.verdict.ui;

import jakarta.annotation.security.RolesAllowed;

import org.citizendialogue.shared.ui.MainLayout;
import org.citizendialogue.shared.ui.TimeFormat;
import org.citizendialogue.verdict.DeskVerdict;
import org.citizendialogue.verdict.VerdictFilter;
import org.citizendialogue.verdict.Verdicts;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/**
 * The answer desk's verdicts: what askers said of the answers of the staff member's programmes,
 * newest first, filtered to "not satisfied" or to the flagged ones (not satisfied, no new
 * revision or commitment for the configured days). Staff reply from the desk by revising the
 * answer or adding a commitment.
 */
@Route(value = "answers/verdicts", layout = MainLayout.class)
@RolesAllowed({"STAFF", "ADMIN"})
class VerdictDeskView extends VerticalLayout implements HasDynamicTitle {

    private final Verdicts verdicts;
    private final TimeFormat time;
    private final Select<VerdictFilter> filter = new Select<>();
    private final Div list = new Div();
    private final Paragraph flaggedCount = new Paragraph();

    VerdictDeskView(Verdicts verdicts, TimeFormat time) {
        this.verdicts = verdicts;
        this.time = time;
        addClassName("page");
        list.addClassName("desk");
        list.setId("verdict-list");
        filter.setId("verdict-filter");
        filter.setLabel(getTranslation("verdict.desk.filter"));
        filter.setItems(VerdictFilter.values());
        filter.setItemLabelGenerator(f -> f == null ? "" : getTranslation("verdict.desk.filter." + f.name()));
        filter.setValue(VerdictFilter.ALL);
        filter.addValueChangeListener(e -> refresh());
        flaggedCount.setId("verdict-flagged-count");
        var back = new Anchor("answers", getTranslation("verdict.desk.back"));
        back.setId("verdict-desk-back");
        add(
                new H1(getTranslation("verdict.desk.title")),
                back,
                new Paragraph(getTranslation("verdict.desk.intro", verdicts.replyDays())),
                flaggedCount,
                filter,
                list);
        refresh();
    }

    private void refresh() {
        flaggedCount.setText(
                getTranslation("verdict.desk.flagged-count", verdicts.countFlagged(), verdicts.replyDays()));
        list.removeAll();
        var rows = verdicts.desk(filter.getValue());
        if (rows.isEmpty()) {
            var none = new Paragraph(getTranslation("verdict.desk.none"));
            none.setId("verdict-none");
            list.add(none);
        }
        rows.forEach(v -> list.add(card(v)));
    }

    private Component card(DeskVerdict v) {
        var card = new Article();
        card.setId("verdict-" + v.id());
        card.addClassName("queue-card");
        if (v.flagged()) {
            card.addClassName("flagged");
        }
        var rating = new Span(getTranslation("verdict.rating." + v.rating().name()));
        rating.addClassNames(
                "status-badge",
                switch (v.rating()) {
                    case SATISFIED -> "status-answered";
                    case PARTLY -> "status-pending";
                    case NOT_SATISFIED -> "status-rejected";
                });
        var meta = new Div(
                rating,
                new Span(getTranslation("verdict.desk.revision", v.revisionNo(), v.currentRevision())),
                new Span(time.dateTime(v.changedAt(), getLocale())));
        meta.addClassName("meta");
        card.add(meta);
        if (v.flagged()) {
            var flag = new Paragraph(getTranslation("verdict.desk.flagged", verdicts.replyDays()));
            flag.setId("verdict-flagged-" + v.id());
            flag.addClassName("field-error");
            card.add(flag);
        }
        var question = new Anchor("questions/" + v.questionId(), v.question());
        question.setId("verdict-question-" + v.id());
        card.add(new Paragraph(question));
        if (v.comment() != null) {
            card.add(new Paragraph(getTranslation("verdict.desk.comment", v.comment())));
        } else if (v.commentPending()) {
            card.add(new Paragraph(getTranslation("verdict.desk.comment-pending")));
        }
        card.add(new Paragraph(
                v.repliedAt() != null
                        ? getTranslation("verdict.desk.replied", time.dateTime(v.repliedAt(), getLocale()))
                        : getTranslation("verdict.desk.no-reply")));
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verdict.desk.title") + " · " + getTranslation("app.name");
    }
}
