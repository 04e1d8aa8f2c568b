package org.citizendialogue.verdict.ui;

import java.util.Optional;

import org.citizendialogue.shared.ui.TimeFormat;
import org.citizendialogue.verdict.Verdicts;
import org.springframework.stereotype.Component;

/** The verdict parts other pages show: the panel under a published answer on the question page. */
@Component
public class VerdictComponents {

    private final Verdicts verdicts;
    private final TimeFormat time;

    VerdictComponents(Verdicts verdicts, TimeFormat time) {
        this.verdicts = verdicts;
        this.time = time;
    }

    /** The asker's verdict and "this answer helped me" under the question's answer; empty while it has no published answer. */
    public Optional<com.vaadin.flow.component.Component> underAnswer(long questionId) {
        return verdicts.forQuestion(questionId).map(v -> new VerdictPanel(verdicts, time, questionId));
    }
}
