package org.citizendialogue.moderation;

import java.util.function.LongConsumer;

import org.citizendialogue.moderation.ui.MergeDialog;
import org.citizendialogue.submission.SubmissionModeration;

import com.vaadin.flow.component.Component;

/**
 * "Mark as duplicate" for pages of other modules (a published question's page): the button
 * ({@code duplicate-{id}}) and its dialog. Show it to moderators only; the service checks the
 * role again.
 */
public final class DuplicateAction {

    private DuplicateAction() {}

    public static Component button(
            SubmissionModeration submissions, long questionId, String body, LongConsumer afterMerge) {
        return MergeDialog.button(submissions, questionId, body, afterMerge);
    }
}
