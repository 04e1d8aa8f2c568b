package org.citizendialogue.poll.ui;

import org.citizendialogue.poll.Polls;
import org.citizendialogue.shared.live.LiveUpdates;
import org.springframework.stereotype.Component;

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
        return new LivePollPanel(polls, live, dialogueId, false);
    }

    /** The open poll's results for the live wall. */
    public com.vaadin.flow.component.Component wallPoll(long dialogueId) {
        return new LivePollPanel(polls, live, dialogueId, true);
    }

    /** The closed polls with their final results (nothing when there are none). */
    public com.vaadin.flow.component.Component closedPolls(long dialogueId) {
        return new ClosedPollsSection(polls.closedIn(dialogueId));
    }

    /** A link to the poll page of the programme, for its staff; empty for anyone else. */
    public java.util.Optional<com.vaadin.flow.component.Component> staffLink(long dialogueId, String slug) {
        if (!polls.mayRun(dialogueId)) {
            return java.util.Optional.empty();
        }
        var link = new com.vaadin.flow.component.html.Anchor(PollsView.ROUTE_PREFIX + slug + PollsView.ROUTE_SUFFIX,
                com.vaadin.flow.component.UI.getCurrent().getTranslation("poll.run"));
        link.setId("poll-run-link");
        return java.util.Optional.of(link);
    }
}
