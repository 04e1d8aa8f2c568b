package org.citizendialogue.portal.ui;

import org.citizendialogue.portal.Abilities;
import org.citizendialogue.programme.ProgrammeStatus;
import org.citizendialogue.programme.TopicContext;
import org.citizendialogue.shared.ui.SuspendedNotice;
import org.citizendialogue.shared.ui.TimeFormat;
import org.citizendialogue.submission.SubmissionService;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;

/**
 * "Ask a question" on a topic page: the form for a resident who may take part, or why not (the
 * programme is closed, sign in first, the suspension, the e-mail address to confirm). Shown again
 * when a live programme's status changes.
 */
class AskSection extends Section {

    private final SubmissionService submissions;
    private final TimeFormat time;

    AskSection(SubmissionService submissions, TimeFormat time) {
        this.submissions = submissions;
        this.time = time;
        addClassName("ask");
    }

    void show(TopicContext topic, ProgrammeStatus status, Abilities abilities) {
        removeAll();
        add(new H2(getTranslation("ask.heading")));
        if (!status.acceptsSubmissions()) {
            add(notice(getTranslation("ask.closed")));
        } else if (!abilities.signedIn()) {
            add(signInHint(this, "ask.sign-in"));
        } else if (abilities.suspension().isPresent()) {
            var suspension = abilities.suspension().get();
            add(new SuspendedNotice(suspension.untilAt(), suspension.reason(), time));
        } else if (abilities.unconfirmedEmail()) {
            // the notice at the top of the page offers the link again (decision 021)
            add(notice(getTranslation("verification.required")));
        } else if (abilities.takePart()) {
            add(new TextInput(
                    "ask-text",
                    "ask-submit",
                    getTranslation("ask.label"),
                    getTranslation("ask.submit"),
                    SubmissionService.BODY_MAX,
                    text -> submissions.ask(topic.topicId(), text)));
        }
    }

    /** "Sign in to …": the link to the sign-in page and what it lets one do. */
    static Component signInHint(Component context, String key) {
        var hint = new Paragraph(
                new Anchor("login", context.getTranslation("nav.login")), new Span(" " + context.getTranslation(key)));
        hint.addClassName("hint");
        return hint;
    }

    private static Component notice(String text) {
        var notice = new Paragraph(text);
        notice.addClassName("notice");
        notice.setId("ask-closed");
        return notice;
    }
}
