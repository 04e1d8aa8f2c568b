package org.citizendialogue.moderation.ui;

import java.util.function.LongConsumer;

import org.citizendialogue.shared.ui.Toasts;
import org.citizendialogue.submission.QuestionCard;
import org.citizendialogue.submission.SubmissionModeration;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * "Mark as duplicate": the moderator picks the published question of the same programme that
 * this one repeats (search by words, or type its number) and confirms; the chosen id is handed
 * back. The service checks everything again: this dialog only offers sensible choices.
 */
public class MergeDialog extends Dialog {

    MergeDialog(SubmissionModeration submissions, long duplicateId, String duplicateBody, LongConsumer onMerge) {
        setHeaderTitle(getTranslation("merge.title"));
        var duplicate = new Paragraph(duplicateBody);
        duplicate.addClassName("context");
        var original = new ComboBox<QuestionCard>(getTranslation("merge.original"));
        original.setId("merge-original");
        original.setItems(
                query -> submissions
                        .mergeCandidates(duplicateId, query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                        .stream());
        original.setItemLabelGenerator(q -> getTranslation("merge.option", q.id(), q.voteCount(), start(q.body())));
        original.setHelperText(getTranslation("merge.original-help"));
        original.setRequiredIndicatorVisible(true);
        original.setWidthFull();
        add(
                new Span(getTranslation("merge.duplicate")),
                duplicate,
                original,
                new Paragraph(getTranslation("merge.explain")));
        var confirm = new Button(getTranslation("merge.confirm"), e -> {
            if (original.isEmpty()) {
                original.setErrorMessage(getTranslation("validation.required"));
                original.setInvalid(true);
                original.focus();
                return;
            }
            onMerge.accept(original.getValue().id());
            close();
        });
        confirm.setId("merge-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("merge-cancel");
        getFooter().add(cancel, confirm);
        setWidth("min(40rem, 95vw)");
    }

    /** The start of a question, for the list: at most 120 code points. */
    private static String start(String text) {
        if (text.codePointCount(0, text.length()) <= 120) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, 119)) + "…";
    }

    /** The "Mark as duplicate" button of one question: opens the dialog, merges on confirmation, then refreshes. */
    static Button button(SubmissionModeration submissions, long questionId, String body, Runnable afterMerge) {
        return button(submissions, questionId, body, originalId -> afterMerge.run());
    }

    /** As above; the callback gets the id of the question it was merged into. */
    public static Button button(
            SubmissionModeration submissions, long questionId, String body, LongConsumer afterMerge) {
        var button = new Button();
        button.setText(button.getTranslation("merge.open"));
        button.addClickListener(e -> new MergeDialog(submissions, questionId, body, originalId -> {
                    submissions.merge(questionId, originalId);
                    Toasts.success(button.getTranslation("merge.done", originalId));
                    afterMerge.accept(originalId);
                })
                .open());
        button.setId("duplicate-" + questionId);
        return button;
    }
}
