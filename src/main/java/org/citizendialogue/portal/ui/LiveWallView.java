package org.citizendialogue.portal.ui;

import java.util.Objects;

import org.citizendialogue.poll.ui.PollComponents;
import org.citizendialogue.portal.LiveFeed;
import org.citizendialogue.programme.ProgrammeDetails;
import org.citizendialogue.programme.ProgrammeService;
import org.citizendialogue.shared.FormerResident;
import org.citizendialogue.shared.live.LiveUpdates;
import org.citizendialogue.shared.ui.BilingualText;
import org.citizendialogue.shared.ui.LiveAnnouncer;
import org.citizendialogue.shared.ui.StatusBadge;
import org.citizendialogue.submission.QuestionCard;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The live wall for the broadcast screen and for viewers without an account: the question on
 * air and the top questions by votes, in large type, updating itself. It applies the wall state
 * that the live feed prepared once for every screen.
 */
@Route("live/:slug")
@AnonymousAllowed
class LiveWallView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ProgrammeService programmes;
    private final LiveFeed feed;
    private final LiveUpdates live;
    private final Div nowAnswering = new Div();
    private final OrderedList top = new OrderedList();
    private ProgrammeDetails dialogue;
    private Long shownOnAir;

    private final PollComponents polls;

    LiveWallView(ProgrammeService programmes, LiveFeed feed, LiveUpdates live, PollComponents polls) {
        this.polls = polls;
        this.programmes = programmes;
        this.feed = feed;
        this.live = live;
        addClassName("live-wall");
        nowAnswering.setId("live-now-answering");
        top.setId("live-top-questions");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        dialogue = programmes
                .publicProgramme(event.getRouteParameters().get("slug").orElse(""))
                .orElseThrow(NotFoundException::new);
        removeAll();
        var header = new Div(
                new StatusBadge(
                        getTranslation("status." + dialogue.status()),
                        dialogue.status().name().toLowerCase()),
                new Anchor("dialogues/" + dialogue.slug(), getTranslation("live.back")));
        header.addClassName("wall-header");
        var guest = new Paragraph(
                BilingualText.span(dialogue.guestName(), getLocale()),
                new Span(" — "),
                BilingualText.span(dialogue.guestTitle(), getLocale()));
        guest.addClassName("wall-guest");
        var onAirSection = new Section(new H2(getTranslation("live.now-answering")), nowAnswering);
        onAirSection.addClassName("wall-on-air");
        var topSection = new Section(new H2(getTranslation("live.top-questions")), top);
        topSection.addClassName("wall-top");
        add(
                new LiveAnnouncer(),
                header,
                BilingualText.show(new H1(), dialogue.title(), getLocale()),
                guest,
                onAirSection,
                polls.wallPoll(dialogue.id()),
                topSection);
        show(feed.currentWall(dialogue.id()));
        live.whileAttached(this, LiveFeed.wall(dialogue.id()), this::show, () -> show(feed.currentWall(dialogue.id())));
    }

    private void show(LiveFeed.WallState state) {
        nowAnswering.removeAll();
        var onAir = state.nowAnswering();
        if (onAir == null) {
            nowAnswering.add(new Paragraph(getTranslation("live.nothing-on-air")));
        } else {
            var question = new Paragraph(onAir.body());
            question.addClassName("wall-question");
            nowAnswering.add(question, new Paragraph(FormerResident.shown(onAir.authorName(), this::getTranslation)));
        }
        var onAirId = onAir == null ? null : onAir.id();
        if (!Objects.equals(onAirId, shownOnAir) && onAir != null) {
            LiveAnnouncer.announce(this, getTranslation("live.announce.now-answering"));
        }
        shownOnAir = onAirId;
        top.removeAll();
        if (state.top().isEmpty()) {
            top.add(new ListItem(getTranslation("topic.no-questions")));
        }
        for (QuestionCard q : state.top()) {
            var votes = new Span(getTranslation("live.votes", q.voteCount()));
            votes.addClassName("wall-votes");
            var item = new ListItem(votes, new Span(q.body()));
            item.setId("live-question-" + q.id());
            if (q.answered()) {
                item.add(new StatusBadge(getTranslation("question.answered"), "answered"));
            }
            top.add(item);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(
                "live.title", dialogue == null ? "" : dialogue.title().in(getLocale()));
    }
}
