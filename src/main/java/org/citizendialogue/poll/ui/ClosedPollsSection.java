package org.citizendialogue.poll.ui;

import java.util.List;

import org.citizendialogue.poll.Poll;
import org.citizendialogue.shared.ui.BilingualText;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

/** A programme's closed polls with their final results: part of its public record. */
class ClosedPollsSection extends Section {

    ClosedPollsSection(List<Poll> closed) {
        setId("programme-polls");
        addClassName("closed-polls");
        setVisible(!closed.isEmpty());
        add(new H2(getTranslation("poll.closed-title")));
        for (var poll : closed) {
            var title = BilingualText.show(new H3(), poll.question(), getLocale());
            var card = new Article(
                    title,
                    new PollResults(poll, getLocale()),
                    new Paragraph(getTranslation("poll.total", poll.totalVotes())));
            card.setId("closed-poll-" + poll.id());
            card.addClassName("poll-card");
            add(card);
        }
    }
}
