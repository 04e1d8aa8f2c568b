package org.citizendialogue.moderation.ui;

import org.citizendialogue.account.Suspensions;
import org.citizendialogue.submission.PublishedSubmissions;
import org.citizendialogue.submission.SubmissionModeration;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

/** The actions on an item that the queue and the reports tab share: suspend its author, mark it as a duplicate. */
final class ItemActions {

    private final SubmissionModeration moderation;
    private final PublishedSubmissions submissions;
    private final Suspensions suspensions;
    private final Runnable afterChange;

    ItemActions(
            SubmissionModeration moderation,
            PublishedSubmissions submissions,
            Suspensions suspensions,
            Runnable afterChange) {
        this.moderation = moderation;
        this.submissions = submissions;
        this.suspensions = suspensions;
        this.afterChange = afterChange;
    }

    /** "Suspend author": opens the suspension dialog for whoever wrote this submission. */
    Button suspendAuthor(long submissionId, String authorName) {
        var suspend = new Button();
        suspend.setText(suspend.getTranslation("suspension.suspend-author"));
        suspend.addClickListener(e -> submissions
                .subject(submissionId)
                .ifPresent(s -> new SuspendDialog(suspensions, s.authorId(), authorName, () -> {}).open()));
        suspend.setId("suspend-author-" + submissionId);
        suspend.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        suspend.getElement()
                .setAttribute("aria-label", suspend.getTranslation("suspension.suspend-author-aria", authorName));
        return suspend;
    }

    /** "Mark as duplicate": merges this question into a published one of the same programme. */
    Button duplicate(long questionId, String body) {
        return MergeDialog.button(moderation, questionId, body, afterChange);
    }
}
