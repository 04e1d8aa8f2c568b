package org.citizendialogue.poll.ui;

import java.util.Optional;

import org.citizendialogue.poll.Poll;
import org.citizendialogue.poll.Polls;
import org.citizendialogue.shared.live.LiveUpdates;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;

/** The poll parts other pages show: the open poll (voting, or the wall's large results) and the closed ones. */
@Component
public class PollComponents {

    private final Polls polls;
    private final LiveUpdates live;

    PollComponents(Polls polls, LiveUpdates live) {
        this.polls = polls;
        this.live = live;
    }

    /** The programme's open poll with voting for residents; hidden while none is open, updated by push. */
    public com.vaadin.flow.component.Component openPoll(long dialogueId) {
        return new LivePollPanel(polls, live, dialogueId, false, polls.openIn(dialogueId));
    }

    /** The same, for a page that read the open poll with the rest of what it shows ({@code null}: none is open). */
    public com.vaadin.flow.component.Component openPoll(long dialogueId, Poll open) {
        return new LivePollPanel(polls, live, dialogueId, false, Optional.ofNullable(open));
    }

    /** The open poll's results for the live wall. */
    public com.vaadin.flow.component.Component wallPoll(long dialogueId) {
        return new LivePollPanel(polls, live, dialogueId, true, polls.openIn(dialogueId));
    }

    /** The closed polls with their final results (nothing when there are none). */
    public com.vaadin.flow.component.Component closedPolls(long dialogueId) {
        return new ClosedPollsSection(polls.closedIn(dialogueId));
    }

    /** A link to the poll page of the programme, for its staff; empty for anyone else. */
    public Optional<com.vaadin.flow.component.Component> staffLink(long dialogueId, String slug) {
        if (!polls.mayRun(dialogueId)) {
            return Optional.empty();
        }
        var link = new Anchor(
                PollsView.ROUTE_PREFIX + slug + PollsView.ROUTE_SUFFIX,
                UI.getCurrent().getTranslation("poll.run"));
        link.setId("poll-run-link");
        return Optional.of(link);
    }
}
