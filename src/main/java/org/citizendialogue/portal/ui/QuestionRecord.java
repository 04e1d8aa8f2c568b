package org.citizendialogue.portal.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.citizendialogue.answer.AnswerOutcome;
import org.citizendialogue.answer.AnswerRevision;
import org.citizendialogue.answer.CommitmentCard;
import org.citizendialogue.answer.OnAir;
import org.citizendialogue.answer.PublishedAnswer;
import org.citizendialogue.shared.ui.BilingualText;
import org.citizendialogue.shared.ui.TimeFormat;
import org.citizendialogue.submission.QuestionCard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * The public record of one question, below its card on the question page only (the topic
 * thread stays light): its lifecycle (asked, approved, answered on air, written answer), the
 * answer's commitments and every published version of the answer.
 */
class QuestionRecord extends Section {

    QuestionRecord(
            QuestionCard question,
            Instant approvedAt,
            OnAir onAir,
            PublishedAnswer answer,
            List<AnswerRevision> revisions,
            List<CommitmentCard> commitments,
            TimeFormat time,
            LocalDate today) {
        setId("question-record");
        addClassName("question-record");
        add(new H2(getTranslation("record.heading")), lifecycle(question, approvedAt, onAir, answer, time));
        if (answer != null && !commitments.isEmpty()) {
            add(commitments(commitments, time, today));
        }
        if (answer != null && !revisions.isEmpty()) {
            add(revisions(answer, revisions, time));
        }
    }

    private Component lifecycle(
            QuestionCard q, Instant approvedAt, OnAir onAir, PublishedAnswer answer, TimeFormat time) {
        var steps = new OrderedList();
        steps.setId("question-lifecycle");
        steps.addClassName("lifecycle");
        steps.add(new ListItem(getTranslation("record.asked", time.dateTime(q.submittedAt(), getLocale()))));
        if (approvedAt != null) {
            steps.add(new ListItem(getTranslation("record.approved", time.dateTime(approvedAt, getLocale()))));
        }
        var onAirAt = answer != null && answer.onAirAt() != null
                ? answer.onAirAt()
                : onAir == null ? null : onAir.startedAt();
        if (onAirAt != null) {
            var item = new ListItem(getTranslation("live.answered-on-air", time.dateTime(onAirAt, getLocale())));
            item.setId("record-on-air");
            if (answer != null && answer.recordingTime() != null) {
                item.add(new Span(" · " + getTranslation("record.recording-at", answer.recordingTime())));
            }
            if (answer != null && answer.recordingLink() != null) {
                var link = new Anchor(answer.recordingLink(), getTranslation("record.recording"));
                link.setId("record-recording-link");
                link.getElement().setAttribute("rel", "noopener noreferrer");
                item.add(new Span(" · "), link);
            }
            steps.add(item);
        }
        if (answer != null) {
            steps.add(new ListItem(getTranslation(
                    "record.written." + answer.state().name(), time.dateTime(answer.publishedAt(), getLocale()))));
        }
        return steps;
    }

    private Component commitments(List<CommitmentCard> commitments, TimeFormat time, LocalDate today) {
        var list = new UnorderedList();
        list.setId("answer-commitments");
        for (var c : commitments) {
            var shown = c.shown(today);
            var item = new ListItem(
                    new Span(c.body()),
                    new Span(" · " + getTranslation("commitment.due-on", time.date(c.dueDate(), getLocale())) + " · "),
                    new Span(getTranslation("commitment.status." + shown)));
            item.setId("commitment-" + c.id());
            item.getElement().setAttribute("data-status", shown.name().toLowerCase());
            list.add(item);
        }
        return new Div(new H2(getTranslation("commitment.heading")), list);
    }

    private Component revisions(PublishedAnswer answer, List<AnswerRevision> revisions, TimeFormat time) {
        var list = new OrderedList();
        for (var r : revisions) {
            var meta = new Span(
                    new Text(getTranslation(
                                    "record.revision", r.revisionNo(), time.dateTime(r.publishedAt(), getLocale()))
                            + " · "),
                    BilingualText.span(r.author(), getLocale()),
                    new Text(
                            r.state() == AnswerOutcome.ANSWERED
                                    ? ""
                                    : " · " + getTranslation("answer.state." + r.state())));
            meta.addClassName("meta");
            var item = new ListItem(meta, BilingualText.show(new Paragraph(), r.text(), getLocale()));
            item.setId("revision-" + r.answerId() + "-" + r.revisionNo());
            list.add(item);
        }
        var details = new Details(getTranslation("record.revisions", revisions.size()), list);
        details.setId("answer-revisions-" + answer.id());
        details.setOpened(false);
        return details;
    }
}
