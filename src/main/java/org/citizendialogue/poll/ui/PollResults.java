package org.citizendialogue.poll.ui;

import java.util.Locale;

import org.citizendialogue.poll.Poll;
import org.citizendialogue.shared.ui.BilingualText;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * A poll's results: each option with its votes and share as text, and a bar drawn from the share
 * (decoration only: the numbers are in the text, for screen readers and small screens).
 */
class PollResults extends UnorderedList {

    PollResults(Poll poll, Locale locale) {
        addClassName("poll-results");
        setId("poll-results-" + poll.id());
        for (var option : poll.options()) {
            var label = BilingualText.span(option.label(), locale);
            label.addClassName("poll-option-label");
            var figures = new Span(getTranslation("poll.votes", option.votes(), poll.percent(option)));
            figures.addClassName("poll-option-figures");
            var bar = new Div();
            bar.addClassName("poll-bar");
            bar.getElement().setAttribute("aria-hidden", "true");
            bar.getStyle().set("--poll-share", poll.percent(option) + "%");
            var item = new ListItem(label, figures, bar);
            item.setId("poll-option-" + option.id());
            if (poll.myChoice() != null && poll.myChoice() == option.id()) {
                item.addClassName("mine");
                label.add(new Span(" " + getTranslation("poll.my-choice")));
            }
            add(item);
        }
    }
}
