package org.citizendialogue.portal.ui;

import java.util.List;

import org.citizendialogue.portal.Abilities;
import org.citizendialogue.programme.ProgrammeStatus;
import org.citizendialogue.programme.TopicContext;
import org.citizendialogue.shared.ui.TimeFormat;
import org.citizendialogue.submission.CommentCard;
import org.citizendialogue.submission.SubmissionService;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

/**
 * Comments on the topic itself (not on a question), newest first, with the form for a resident
 * who may take part and a report button under each comment for one who may report. New comments
 * arrive live at the top.
 */
class TopicCommentsSection extends Section {

    private final SubmissionService submissions;
    private final TimeFormat time;
    private final Div list = new Div();
    private Abilities abilities = Abilities.VISITOR;

    TopicCommentsSection(SubmissionService submissions, TimeFormat time) {
        this.submissions = submissions;
        this.time = time;
        addClassName("topic-comments-section");
        list.addClassName("topic-comments");
    }

    /** Lays the section out for this reader, with these comments. */
    void show(TopicContext topic, ProgrammeStatus status, Abilities abilities, List<CommentCard> comments) {
        layOut(topic, status, abilities);
        replace(comments);
    }

    /** Lays the heading and the form out again for the reader's abilities (the programme's status changed); the comments stay. */
    void layOut(TopicContext topic, ProgrammeStatus status, Abilities abilities) {
        this.abilities = abilities;
        removeAll();
        add(new H2(getTranslation("topic.comments")), list);
        // a suspended resident gets no form here: the notice in the ask section says why and until when
        if (abilities.takePart()) {
            add(new TextInput(
                    "topic-comment-text",
                    "topic-comment-submit",
                    getTranslation("topic.comment.label"),
                    getTranslation("comment.submit"),
                    SubmissionService.BODY_MAX,
                    text -> submissions.comment(topic.topicId(), null, text)));
        } else if (status.acceptsSubmissions() && !abilities.signedIn()) {
            add(AskSection.signInHint(this, "comment.sign-in"));
        }
    }

    /** The comments read again (another sort, or after a lost link). */
    void replace(List<CommentCard> comments) {
        list.removeAll();
        if (comments.isEmpty()) {
            var empty = new Paragraph(getTranslation("topic.no-comments"));
            empty.setId("topic-comments-empty");
            list.add(empty);
        }
        comments.forEach(c -> list.add(item(c)));
    }

    /** A comment published just now: it goes first. */
    void addFirst(CommentCard comment) {
        list.getChildren()
                .filter(c -> "topic-comments-empty".equals(c.getId().orElse(null)))
                .toList()
                .forEach(list::remove);
        list.addComponentAsFirst(item(comment));
    }

    private Component item(CommentCard comment) {
        var item = (Div) QuestionCardView.commentItem(comment, time, getLocale());
        if (abilities.report()) {
            item.add(QuestionCardView.reportButton(comment.id(), "report.open-comment-aria", submissions::report));
        }
        return item;
    }
}
