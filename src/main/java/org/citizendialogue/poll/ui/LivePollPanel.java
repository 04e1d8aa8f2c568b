package org.citizendialogue.poll.ui;

import java.util.Optional;

import org.citizendialogue.poll.LivePoll;
import org.citizendialogue.poll.Poll;
import org.citizendialogue.poll.Polls;
import org.citizendialogue.shared.CurrentUser;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.Roles;
import org.citizendialogue.shared.live.LiveUpdates;
import org.citizendialogue.shared.ui.BilingualText;
import org.citizendialogue.shared.ui.Refusals;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

/**
 * The open poll of a programme where the audience is (its topic pages, the live wall): hidden
 * while none is open; appears, moves and closes by push. Residents vote (and change their vote)
 * here; on the wall it only shows the results, large.
 */
class LivePollPanel extends Section {

    private final Polls polls;
    private final long dialogueId;
    private final boolean wall;
    private final Paragraph error = new Paragraph();
    /** The reader, captured on the request thread (null for a visitor). */
    private final Long readerId;
    /** The poll shown now, with the reader's choice; null while none is open. */
    private Poll shown;

    LivePollPanel(Polls polls, LiveUpdates live, long dialogueId, boolean wall, Optional<Poll> open) {
        this.polls = polls;
        this.dialogueId = dialogueId;
        this.wall = wall;
        this.readerId = CurrentUser.get().map(u -> u.accountId()).orElse(null);
        setId("live-poll");
        addClassName("live-poll");
        if (wall) {
            addClassName("wall-poll");
        }
        error.setId("poll-error");
        error.addClassName("field-error");
        error.getElement().setAttribute("role", "alert");
        show(open);
        live.whileAttached(this, LivePoll.channel(dialogueId), this::changed, () -> show(polls.openIn(dialogueId)));
    }

    /**
     * A poll changed: the open poll comes prepared, without anyone's choice (decision 032). The
     * choice shown stays, as this reader has not voted since; when they have (on another page),
     * their poll is read again, so only the voter's pages read anything.
     */
    private void changed(LivePoll update) {
        if (readerId != null && readerId.equals(update.voterId())) {
            show(polls.openIn(dialogueId));
            return;
        }
        var open = update.open();
        if (open == null) {
            show(Optional.empty());
            return;
        }
        var choice = shown != null && shown.id() == open.id() ? shown.myChoice() : null;
        show(Optional.of(new Poll(
                open.id(),
                open.dialogueId(),
                open.question(),
                open.status(),
                open.options(),
                open.openedAt(),
                open.closedAt(),
                choice)));
    }

    private void show(Optional<Poll> open) {
        removeAll();
        shown = open.orElse(null);
        setVisible(open.isPresent());
        open.ifPresent(this::show);
    }

    private void show(Poll poll) {
        var locale = getLocale();
        add(new H2(getTranslation("poll.live")));
        var question = BilingualText.show(new Paragraph(), poll.question(), locale);
        question.setId("poll-question");
        question.addClassName("poll-question");
        add(question);
        if (!wall) {
            addVoting(poll);
        }
        add(new PollResults(poll, locale), new Paragraph(getTranslation("poll.total", poll.totalVotes())));
    }

    private void addVoting(Poll poll) {
        var user = CurrentUser.get();
        if (user.isEmpty()) {
            var signIn = new Anchor("login", getTranslation("poll.sign-in"));
            signIn.setId("poll-sign-in");
            add(new Paragraph(signIn));
            return;
        }
        if (!user.get().has(Roles.RESIDENT)) {
            return;
        }
        var choice = new RadioButtonGroup<Poll.Option>(getTranslation("poll.choose"));
        choice.setId("poll-choice");
        choice.setItems(poll.options());
        choice.setItemLabelGenerator(o -> o.label().in(getLocale()));
        poll.options().stream()
                .filter(o -> poll.myChoice() != null && o.id() == poll.myChoice())
                .findFirst()
                .ifPresent(choice::setValue);
        var vote = new Button(getTranslation(poll.myChoice() == null ? "poll.vote" : "poll.change"), e -> {
            error.setText("");
            if (choice.getValue() == null) {
                error.setText(getTranslation("poll.error.choose"));
                return;
            }
            try {
                polls.vote(poll.id(), choice.getValue().id());
                show(polls.openIn(dialogueId));
            } catch (DomainException refused) {
                error.setText(Refusals.text(refused));
            }
        });
        vote.setId("poll-vote");
        vote.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(choice, vote, error);
    }
}
