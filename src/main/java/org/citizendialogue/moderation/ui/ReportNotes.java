package org.citizendialogue.moderation.ui;

import java.util.List;

import org.citizendialogue.report.ReportNote;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/** The words residents typed with their reports, each with its reason; shown as text, never HTML. */
final class ReportNotes {

    private ReportNotes() {}

    static Div of(List<ReportNote> notes, String id) {
        var list = new UnorderedList();
        list.addClassName("report-notes");
        for (var note : notes) {
            var reason = new Span(list.getTranslation(note.reason().messageKey()) + ": ");
            reason.addClassName("report-note-reason");
            list.add(new ListItem(reason, new Span(note.detail())));
        }
        var heading = new Span(list.getTranslation("moderation.review.notes"));
        heading.addClassName("report-notes-heading");
        var section = new Div(heading, list);
        section.setId(id);
        return section;
    }
}
