package org.citizendialogue.portal.ui;

import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.Texts;
import org.citizendialogue.shared.ui.Refusals;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * A text area with its limit shown as a live count of characters (code points, as the
 * database counts them) and a submit button, for a question or comment. It hands the text to a
 * callback and never calls a service; a refusal is shown next to the field and the text stays,
 * an accepted text is cleared and the reader is told it awaits moderation.
 */
class TextInput extends Composite<Div> {

    /** What to do with the text; returns normally when it was accepted. */
    interface Submit {
        void accept(String text);
    }

    private final TextArea text = new TextArea();
    private final Button submit = new Button();
    private final Paragraph confirmation = new Paragraph();
    private final int max;

    TextInput(String textId, String submitId, String label, String submitLabel, int max, Submit onSubmit) {
        this.max = max;
        text.setId(textId);
        text.setLabel(label);
        text.setWidthFull();
        text.setMinRows(2);
        text.setValueChangeMode(ValueChangeMode.TIMEOUT);
        text.setValueChangeTimeout(400);
        text.addValueChangeListener(e -> updateCount());
        updateCount();
        submit.setText(submitLabel);
        submit.setId(submitId);
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit(onSubmit));
        confirmation.addClassName("notice-success");
        confirmation.getElement().setAttribute("role", "status");
        confirmation.setVisible(false);
        getContent().addClassName("text-input");
        getContent().add(text, submit, confirmation);
    }

    private void updateCount() {
        text.setHelperText(getTranslation("input.count", Texts.length(text.getValue()), max));
    }

    private void submit(Submit onSubmit) {
        text.setInvalid(false);
        confirmation.setVisible(false);
        try {
            onSubmit.accept(text.getValue());
            text.clear();
            updateCount();
            confirmation.setText(getTranslation("submission.awaiting"));
            confirmation.setVisible(true);
        } catch (DomainException refused) {
            text.setErrorMessage(Refusals.text(refused));
            text.setInvalid(true);
            text.focus();
        }
    }
}
