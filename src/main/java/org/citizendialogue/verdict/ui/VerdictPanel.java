package org.citizendialogue.verdict.ui;

import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.ui.Refusals;
import org.citizendialogue.shared.ui.TimeFormat;
import org.citizendialogue.shared.ui.Toasts;
import org.citizendialogue.verdict.AnswerVerdicts;
import org.citizendialogue.verdict.VerdictRating;
import org.citizendialogue.verdict.Verdicts;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * Under a published answer: the asker's verdict on its current revision (anyone reads the
 * rating), how many followers it helped; for the asker the form to rate or change the rating, for
 * followers "this answer helped me". The services check every rule again.
 */
class VerdictPanel extends Section {

    private final Verdicts verdicts;
    private final TimeFormat time;
    private final long questionId;
    private final Paragraph error = new Paragraph();

    VerdictPanel(Verdicts verdicts, TimeFormat time, long questionId) {
        this.verdicts = verdicts;
        this.time = time;
        this.questionId = questionId;
        setId("answer-verdict");
        addClassName("answer-verdict");
        error.setId("verdict-error");
        error.addClassName("field-error");
        error.getElement().setAttribute("role", "alert");
        show();
    }

    private void show() {
        removeAll();
        var state = verdicts.forQuestion(questionId);
        if (state.isEmpty()) {
            setVisible(false);
            return;
        }
        var v = state.get();
        add(new H2(getTranslation("verdict.title")));
        var asker = new Paragraph(v.askerRating()
                .map(r -> getTranslation("verdict.asker-rated", getTranslation("verdict.rating." + r.name())))
                .orElseGet(() -> getTranslation("verdict.asker-not-yet")));
        asker.setId("verdict-asker-rating");
        var helped = new Paragraph(getTranslation("verdict.helped-count", v.helpedCount()));
        helped.setId("verdict-helped-count");
        add(asker, helped);
        if (v.asker()) {
            addAskerPart(v);
        }
        if (v.mayHelp()) {
            var button = new Button(
                    getTranslation("verdict.helped"),
                    e -> act(() -> {
                        verdicts.helped(questionId);
                        Toasts.success(getTranslation("verdict.helped-thanks"));
                    }));
            button.setId("verdict-helped");
            add(button);
        } else if (v.iHelped()) {
            var mine = new Paragraph(getTranslation("verdict.helped-mine"));
            mine.setId("verdict-helped-mine");
            add(mine);
        }
        add(error);
    }

    private void addAskerPart(AnswerVerdicts v) {
        v.mine().ifPresent(m -> {
            var mine = new Paragraph(getTranslation(
                    v.mayRate() ? "verdict.mine" : "verdict.mine-final",
                    getTranslation("verdict.rating." + m.rating().name()),
                    m.revisionNo(),
                    time.date(m.changeableUntil(), getLocale())));
            mine.setId("verdict-mine");
            add(mine);
            if (m.comment() != null) {
                var comment = new Paragraph(getTranslation(
                        m.commentPublished() ? "verdict.comment-published" : "verdict.comment-waiting", m.comment()));
                comment.setId("verdict-comment-state");
                add(comment);
            }
        });
        if (!v.mayRate()) {
            return;
        }
        var rating = new RadioButtonGroup<VerdictRating>(
                getTranslation(v.mine().isPresent() ? "verdict.change-label" : "verdict.rate-label", v.revisionNo()));
        rating.setId("verdict-rating");
        rating.setItems(VerdictRating.values());
        rating.setItemLabelGenerator(r -> getTranslation("verdict.rating." + r.name()));
        v.mine().ifPresent(m -> rating.setValue(m.rating()));
        var comment = new TextArea(getTranslation("verdict.comment"));
        comment.setId("verdict-comment");
        comment.setMaxLength(Verdicts.COMMENT_MAX * 2);
        comment.setHelperText(getTranslation("verdict.comment-help", Verdicts.COMMENT_MAX));
        comment.setWidthFull();
        var send = new Button(getTranslation(v.mine().isPresent() ? "verdict.change" : "verdict.send"), e -> {
            if (rating.getValue() == null) {
                error.setText(getTranslation("verdict.error.rating"));
                return;
            }
            act(() -> {
                verdicts.rate(questionId, rating.getValue(), comment.getValue());
                Toasts.success(
                        getTranslation(comment.getValue().isBlank() ? "verdict.sent" : "verdict.sent-with-comment"));
            });
        });
        send.setId("verdict-submit");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(rating, comment, send);
    }

    private void act(Runnable action) {
        error.setText("");
        try {
            action.run();
            show();
        } catch (DomainException refused) {
            error.setText(Refusals.text(refused));
        }
    }
}
