package org.citizendialogue.portal.ui;

import java.util.Locale;

import org.citizendialogue.programme.ProgrammeDetails;
import org.citizendialogue.programme.ProgrammeService;
import org.citizendialogue.shared.ui.BilingualText;
import org.citizendialogue.shared.ui.MainLayout;
import org.citizendialogue.submission.PublishedSubmissions;
import org.citizendialogue.submission.RejectionReasons;
import org.citizendialogue.submission.Transparency;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * How a programme was moderated, in aggregate figures only: received, published, rejected by
 * reason, hidden after reports, and the median time to a decision. No text and no names.
 */
@Route(value = "dialogues/:slug/transparency", layout = MainLayout.class)
@AnonymousAllowed
class TransparencyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProgrammeService programmes;
    private final PublishedSubmissions submissions;
    private ProgrammeDetails dialogue;

    private final RejectionReasons reasons;

    TransparencyView(ProgrammeService programmes, PublishedSubmissions submissions, RejectionReasons reasons) {
        this.reasons = reasons;
        this.programmes = programmes;
        this.submissions = submissions;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        dialogue = programmes
                .publicProgramme(event.getRouteParameters().get("slug").orElse(""))
                .orElseThrow(NotFoundException::new);
        var figures = submissions.transparency(dialogue.id());
        removeAll();
        var back = BilingualText.anchor("dialogues/" + dialogue.slug(), dialogue.title(), getLocale());
        add(
                back,
                new H1(getTranslation("transparency.title")),
                new Paragraph(getTranslation("transparency.intro")),
                overview(figures),
                new H2(getTranslation("transparency.rejected-by-reason")),
                rejections(figures));
        var scorecard = new Anchor("scorecard?programme=" + dialogue.slug(), getTranslation("scorecard.link"));
        scorecard.setId("scorecard-link");
        add(new Paragraph(scorecard));
    }

    private Component overview(Transparency t) {
        var list = new DescriptionList();
        list.setId("transparency-figures");
        add(list, "transparency-received", "transparency.received", Long.toString(t.received()));
        add(list, "transparency-published", "transparency.published", Long.toString(t.published()));
        add(list, "transparency-rejected", "transparency.rejected", Long.toString(t.rejected()));
        add(list, "transparency-hidden", "transparency.hidden-after-reports", Long.toString(t.hiddenAfterReports()));
        var median = t.medianDecision();
        add(
                list,
                "transparency-median",
                "transparency.median",
                median == null
                        ? getTranslation("transparency.median-none")
                        : getTranslation("transparency.median-value", median.toHours(), median.toMinutesPart()));
        return list;
    }

    private Component rejections(Transparency t) {
        var list = new DescriptionList();
        list.setId("transparency-rejections");
        var managed = reasons.byCode();
        // every active reason (zero included) and any inactive one that was used, by the admins' order
        t.rejectedByReason().forEach((code, count) -> {
            var reason = managed.get(code);
            if (count > 0 || reason != null && reason.active()) {
                term(
                        list,
                        "transparency-rejected-" + code.toLowerCase(Locale.ROOT),
                        reason == null ? code : reason.text(getLocale()),
                        Long.toString(count));
            }
        });
        return list;
    }

    private void term(DescriptionList list, String id, String label, String value) {
        var description = new DescriptionList.Description(value);
        description.setId(id);
        list.add(new DescriptionList.Term(label), description);
    }

    private void add(DescriptionList list, String id, String labelKey, String value) {
        var term = new DescriptionList.Term(getTranslation(labelKey));
        var description = new DescriptionList.Description(value);
        description.setId(id);
        list.add(term, description);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("transparency.title")
                + (dialogue == null ? "" : " · " + dialogue.title().in(getLocale())) + " · "
                + getTranslation("app.name");
    }
}
