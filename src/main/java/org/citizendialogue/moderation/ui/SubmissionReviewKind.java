package org.citizendialogue.moderation.ui;

import java.util.List;
import java.util.Locale;

import org.citizendialogue.report.ReportNote;
import org.citizendialogue.report.ReportReason;
import org.citizendialogue.shared.FormerResident;
import org.citizendialogue.shared.ui.StatusBadge;
import org.citizendialogue.submission.ReviewItem;
import org.citizendialogue.submission.SubmissionKind;
import org.citizendialogue.submission.SubmissionModeration;
import org.citizendialogue.submission.SubmissionService;
import org.citizendialogue.submission.SubmissionStatus;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/** Questions and comments in the review: their author, kind and state; duplicates and suspensions from here too. */
class SubmissionReviewKind implements ReviewKind {

    private final SubmissionModeration moderation;
    private final ItemActions actions;

    SubmissionReviewKind(SubmissionModeration moderation, ItemActions actions) {
        this.moderation = moderation;
        this.actions = actions;
    }

    @Override
    public String idPrefix() {
        return "";
    }

    @Override
    public String hideDialogId() {
        return "hide";
    }

    @Override
    public String hideTitleKey() {
        return "moderation.hide.title";
    }

    @Override
    public String emptyKey() {
        return "moderation.review.empty";
    }

    @Override
    public int reasonMax() {
        return SubmissionService.NOTE_MAX;
    }

    @Override
    public List<ReviewEntry> entries(int limit, Translation text, Locale reader) {
        var items = moderation.reviewItems(0, limit);
        var notes = moderation.reportNotes(items.stream().map(ReviewItem::id).toList());
        return items.stream()
                .map(item -> entry(item, notes.getOrDefault(item.id(), List.of()), text))
                .toList();
    }

    private ReviewEntry entry(ReviewItem item, List<ReportNote> notes, Translation text) {
        var hidden = item.status() == SubmissionStatus.HIDDEN;
        var state = hidden
                ? text.of(item.hiddenByReports() ? "moderation.review.hidden-by-reports" : "moderation.review.hidden")
                : text.of("submission.status.PUBLISHED");
        List<Component> meta = List.of(
                new StatusBadge(
                        text.of("kind." + item.kind()), item.kind().name().toLowerCase()),
                new Span(FormerResident.shown(item.authorName(), text::of)),
                new Span(state));
        return new ReviewEntry(
                item.id(),
                meta,
                item.body(),
                item.openReports(),
                ReportReason.listOf(item.reasons()),
                notes,
                item.hiddenReason(),
                hidden,
                item.openReports() > 0,
                item.kind() == SubmissionKind.QUESTION && !hidden
                        ? List.of(
                                actions.duplicate(item.id(), item.body()),
                                actions.suspendAuthor(item.id(), item.authorName()))
                        : List.of(actions.suspendAuthor(item.id(), item.authorName())));
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
