package org.citizendialogue.shared.ui;

import org.citizendialogue.shared.DomainException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Tells a resident whose e-mail address is not confirmed yet that they can read but not ask,
 * comment, vote or report, with "Send the link again" (decision 021). Id
 * {@code verify-email-notice}; the button {@code verify-email-resend}.
 */
public class UnconfirmedEmailNotice extends Div {

    public UnconfirmedEmailNotice(Runnable resend) {
        setId("verify-email-notice");
        addClassNames("notice", "verify-email-notice");
        getElement().setAttribute("role", "note");
        var text = new Paragraph(getTranslation("verification.notice"));
        var again = new Button(getTranslation("verification.resend"));
        again.setId("verify-email-resend");
        again.addThemeVariants(ButtonVariant.LUMO_SMALL);
        var answer = new Paragraph();
        answer.setId("verify-email-resent");
        answer.getElement().setAttribute("role", "status");
        again.addClickListener(e -> {
            try {
                resend.run();
                answer.setText(getTranslation("verification.resent"));
            } catch (DomainException refused) {
                answer.setText(Refusals.text(refused));
            }
        });
        add(text, again, answer);
    }
}
