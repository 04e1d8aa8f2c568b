package org.citizendialogue.answer.ui;

import org.citizendialogue.answer.AnswerDraft;
import org.citizendialogue.answer.AnswerService;
import org.citizendialogue.answer.AnswerStatus;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.Texts;
import org.citizendialogue.submission.QuestionCard;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * Writes one answer: save as draft or publish. It remembers the version it started from, so a
 * colleague's save in between is reported instead of overwritten; the typed text stays.
 */
class AnswerEditorDialog extends Dialog {

    interface Action {
        AnswerDraft apply(long questionId, String text, Integer seenVersion);
    }

    private final TextArea text = new TextArea();
    private final Span state = new Span();
    private AnswerDraft draft;

    AnswerEditorDialog(QuestionCard question, AnswerDraft start, Action saveDraft, Action publish, Runnable afterPublish) {
        this.draft = start;
        setHeaderTitle(getTranslation("answers.editor.title", question.id()));
        var asked = new Paragraph(question.body());
        asked.addClassName("context");
        state.setId("answer-state");
        state.getElement().setAttribute("role", "status");
        text.setId("answer-text");
        text.setLabel(getTranslation("answers.editor.text"));
        text.setWidthFull();
        text.setMinRows(6);
        text.setValue(start.body());
        text.setValueChangeMode(ValueChangeMode.TIMEOUT);
        text.addValueChangeListener(e -> count());
        count();
        showState();
        add(asked, state, text);
        var save = new Button(getTranslation("answers.editor.save-draft"), e -> run(saveDraft, false, afterPublish));
        save.setId("answer-save-draft");
        save.setEnabled(start.status() != AnswerStatus.PUBLISHED);
        var publishButton = new Button(getTranslation(start.status() == AnswerStatus.PUBLISHED
                ? "answers.editor.update" : "answers.editor.publish"), e -> run(publish, true, afterPublish));
        publishButton.setId("answer-publish");
        publishButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("action.close"), e -> close());
        cancel.setId("answer-close");
        getFooter().add(cancel, save, publishButton);
        setWidth("min(48rem, 96vw)");
    }

    private void count() {
        text.setHelperText(getTranslation("input.count", Texts.length(text.getValue()), AnswerService.BODY_MAX));
    }

    private void showState() {
        state.setText(getTranslation(draft.version() == null ? "answers.state.new" : "answers.state." + draft.status()));
    }

    private void run(Action action, boolean publishes, Runnable afterPublish) {
        text.setInvalid(false);
        try {
            draft = action.apply(draft.questionId(), text.getValue(), draft.version());
            showState();
            if (publishes) {
                close();
                afterPublish.run();
            }
        } catch (DomainException refused) {
            text.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
            text.setInvalid(true);
        }
    }
}
