package org.citizendialogue.portal.ui;

import org.citizendialogue.poll.ui.PollComponents;
import org.citizendialogue.programme.ProgrammeDetails;
import org.citizendialogue.programme.ProgrammeService;
import org.citizendialogue.programme.ProgrammeStatus;
import org.citizendialogue.programme.TopicSummary;
import org.citizendialogue.shared.ui.BilingualText;
import org.citizendialogue.shared.ui.MainLayout;
import org.citizendialogue.shared.ui.StatusBadge;
import org.citizendialogue.shared.ui.TimeFormat;
import org.citizendialogue.submission.PublishedSubmissions;
import org.citizendialogue.submission.TopicCounts;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** A programme: guest, bureau, summary and its topics with their published figures. */
@Route(value = "dialogues/:slug", layout = MainLayout.class)
@AnonymousAllowed
class ProgrammeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProgrammeService programmes;
    private final PublishedSubmissions submissions;
    private final TimeFormat time;
    private ProgrammeDetails dialogue;

    private final PollComponents polls;

    ProgrammeView(
            ProgrammeService programmes, PublishedSubmissions submissions, TimeFormat time, PollComponents polls) {
        this.polls = polls;
        this.programmes = programmes;
        this.submissions = submissions;
        this.time = time;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        dialogue = programmes
                .publicProgramme(event.getRouteParameters().get("slug").orElse(""))
                .orElseThrow(NotFoundException::new);
        removeAll();
        var status = new Div(new StatusBadge(
                getTranslation("status." + dialogue.status()),
                dialogue.status().name().toLowerCase()));
        status.addClassName("meta");
        if (dialogue.startsAt() != null) {
            status.add(
                    new Span(getTranslation("programme.broadcast", time.dateTime(dialogue.startsAt(), getLocale()))));
        }
        var guest = new Div(
                new Span(getTranslation("programme.guest")),
                new Span(": "),
                BilingualText.span(dialogue.guestName(), getLocale()),
                new Span(" — "),
                BilingualText.span(dialogue.guestTitle(), getLocale()));
        guest.addClassName("guest");
        var bureau = new Div(
                new Span(getTranslation("programme.bureau")),
                new Span(": "),
                BilingualText.span(dialogue.bureauName(), getLocale()));
        var summary = BilingualText.show(new Paragraph(), dialogue.summary(), getLocale());
        summary.addClassName("lead");
        add(BilingualText.showMarked(new H1(), dialogue.title(), getLocale()), status, guest, bureau);
        if (!dialogue.series().isEmpty()) {
            var series = BilingualText.show(new Paragraph(), dialogue.series(), getLocale());
            series.setId("programme-series");
            series.addClassName("meta");
            add(series);
        }
        add(summary);
        if (dialogue.livestreamUrl() != null) {
            var stream = new Anchor(dialogue.livestreamUrl(), getTranslation("programme.livestream"));
            stream.setTarget(AnchorTarget.BLANK);
            stream.getElement().setAttribute("rel", "noopener noreferrer");
            add(stream);
        }
        var links = new Div(
                new Anchor("dialogues/" + dialogue.slug() + "/statistics", getTranslation("programme.statistics")),
                new Anchor("dialogues/" + dialogue.slug() + "/transparency", getTranslation("transparency.link")));
        links.addClassName("actions");
        if (dialogue.status() == ProgrammeStatus.LIVE) {
            links.add(new Anchor("live/" + dialogue.slug(), getTranslation("live.open-wall")));
        }
        polls.staffLink(dialogue.id(), dialogue.slug()).ifPresent(links::add);
        add(
                links,
                polls.openPoll(dialogue.id()),
                new H2(getTranslation("programme.topics")),
                topics(),
                polls.closedPolls(dialogue.id()));
    }

    private Component topics() {
        var counts = submissions.countsByTopic(
                dialogue.topics().stream().map(TopicSummary::id).toList());
        var list = new OrderedList();
        list.addClassName("topic-list");
        for (var topic : dialogue.topics()) {
            var c = counts.getOrDefault(topic.id(), TopicCounts.none(topic.id()));
            var card = new Article(
                    new H3(BilingualText.showMarked(
                            new Anchor("dialogues/" + dialogue.slug() + "/topics/" + topic.slug(), ""),
                            topic.title(),
                            getLocale())),
                    BilingualText.show(new Paragraph(), topic.summary(), getLocale()));
            var figures = new Div(
                    new Span(getTranslation("topic.count.questions", c.questions())),
                    new Span(getTranslation("topic.count.answered", c.answered())),
                    new Span(getTranslation("topic.count.comments", c.comments())));
            figures.addClassName("figures");
            card.add(figures);
            card.addClassName("topic-card");
            var item = new ListItem(card);
            item.setId("topic-" + topic.slug());
            list.add(item);
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return (dialogue == null ? "" : dialogue.title().in(getLocale()) + " · ") + getTranslation("app.name");
    }
}
