package org.citizendialogue.moderation.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.citizendialogue.answer.AnswerModeration;
import org.citizendialogue.answer.AnswerReviewItem;
import org.citizendialogue.report.ReportNote;
import org.citizendialogue.report.ReportReason;
import org.citizendialogue.shared.ui.BilingualText;
import org.citizendialogue.shared.ui.StatusBadge;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;

/**
 * Official answers in the review: the bureau, a link to the question, and a flag when enough
 * distinct residents reported it (an answer is never hidden by reports alone).
 */
class AnswerReviewKind implements ReviewKind {

    private final AnswerModeration moderation;

    AnswerReviewKind(AnswerModeration moderation) {
        this.moderation = moderation;
    }

    @Override
    public String idPrefix() {
        return "answer-";
    }

    @Override
    public String hideDialogId() {
        return "hide-answer";
    }

    @Override
    public String headingKey() {
        return "moderation.answers.title";
    }

    @Override
    public String hideTitleKey() {
        return "moderation.answers.hide-title";
    }

    @Override
    public String emptyKey() {
        return "moderation.answers.empty";
    }

    @Override
    public int reasonMax() {
        return AnswerModeration.NOTE_MAX;
    }

    @Override
    public List<ReviewEntry> entries(int limit, Translation text, Locale reader) {
        var items = moderation.reviewItems(0, limit);
        var notes =
                moderation.reportNotes(items.stream().map(AnswerReviewItem::id).toList());
        return items.stream()
                .map(item -> entry(item, notes.getOrDefault(item.id(), List.of()), text, reader))
                .toList();
    }

    private static ReviewEntry entry(AnswerReviewItem item, List<ReportNote> notes, Translation text, Locale reader) {
        var meta = new ArrayList<Component>(List.of(
                new StatusBadge(text.of("moderation.answers.kind"), "answer"),
                BilingualText.span(item.bureau(), reader),
                new Anchor(
                        "questions/" + item.questionId(), text.of("moderation.answers.question", item.questionId()))));
        if (item.hidden()) {
            meta.add(new Span(text.of("moderation.review.hidden")));
        }
        if (item.flagged()) {
            var flag = new StatusBadge(text.of("moderation.answers.flagged"), "flagged");
            flag.setId("answer-flagged-" + item.id());
            meta.add(flag);
        }
        return new ReviewEntry(
                item.id(),
                meta,
                item.body(),
                item.openReports(),
                ReportReason.listOf(item.reasons()),
                notes,
                item.hiddenReason(),
                item.hidden(),
                item.openReports() > 0 && !item.hidden(),
                List.of());
    }

    @Override
    public void hide(long id, String reason) {
        moderation.hide(id, reason);
    }

    @Override
    public void restore(long id) {
        moderation.restore(id);
    }

    @Override
    public void dismissReports(long id) {
        moderation.dismissReports(id);
    }
}
