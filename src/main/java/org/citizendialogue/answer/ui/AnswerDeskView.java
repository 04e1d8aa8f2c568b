package org.citizendialogue.answer.ui;

import java.util.stream.Collectors;

import org.citizendialogue.answer.AnswerService;
import org.citizendialogue.dialogue.DialogueService;
import org.citizendialogue.dialogue.TopicContext;
import org.citizendialogue.shared.ui.MainLayout;
import org.citizendialogue.shared.ui.TimeFormat;
import org.citizendialogue.shared.ui.Toasts;
import org.citizendialogue.submission.QuestionCard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** The answer desk: published questions waiting for an answer, longest waiting first. */
@Route(value = "answers", layout = MainLayout.class)
@RolesAllowed("STAFF")
class AnswerDeskView extends VerticalLayout implements HasDynamicTitle {

    private static final int PAGE = 50;

    private final AnswerService answers;
    private final DialogueService dialogues;
    private final TimeFormat time;
    private final Div list = new Div();
    private final com.vaadin.flow.component.button.Button more = new com.vaadin.flow.component.button.Button();
    private int shown;

    AnswerDeskView(AnswerService answers, DialogueService dialogues, TimeFormat time) {
        this.answers = answers;
        this.dialogues = dialogues;
        this.time = time;
        addClassName("page");
        list.addClassName("desk");
        add(new H1(getTranslation("answers.title")), new ProgrammeControls(dialogues, this::refresh),
                new H2(getTranslation("answers.waiting")), new Paragraph(getTranslation("answers.intro")), list, more);
        more.setId("desk-more");
        more.setText(getTranslation("answers.more"));
        more.addClickListener(e -> showMore());
        refresh();
    }

    private void refresh() {
        list.removeAll();
        shown = 0;
        showMore();
    }

    private void showMore() {
        var page = answers.desk(shown, PAGE + 1);
        var waiting = page.size() > PAGE ? page.subList(0, PAGE) : page;
        if (shown == 0 && waiting.isEmpty()) {
            list.add(new Paragraph(getTranslation("answers.empty")));
        }
        var topics = dialogues.topics(waiting.stream().map(QuestionCard::topicId).collect(Collectors.toSet()));
        waiting.forEach(q -> list.add(card(q, topics.get(q.topicId()))));
        shown += waiting.size();
        more.setVisible(page.size() > PAGE);
    }

    private Component onAirButton(QuestionCard q, TopicContext topic) {
        var onAirNow = answers.nowAnswering(topic.dialogueId()).filter(o -> o.questionId() == q.id()).isPresent();
        var button = new Button(getTranslation(onAirNow ? "live.stop-answering" : "live.start-answering"), e -> {
            if (onAirNow) {
                answers.clearOnAir(topic.dialogueId());
            } else {
                answers.putOnAir(q.id());
            }
            refresh();
        });
        button.setId("now-answering-" + q.id());
        button.getElement().setAttribute("aria-pressed", String.valueOf(onAirNow));
        return button;
    }

    private Component card(QuestionCard q, TopicContext topic) {
        var card = new Article();
        card.setId("desk-question-" + q.id());
        card.addClassName("queue-card");
        var meta = new Div(new Span(q.authorName()), new Span(time.dateTime(q.submittedAt(), getLocale())));
        if (topic != null) {
            meta.add(new Span(topic.dialogueTitle() + " › " + topic.topicTitle()));
        }
        meta.addClassName("meta");
        var open = new Button(getTranslation("answers.open"), e -> new AnswerEditorDialog(q, answers.editorFor(q.id()),
                answers::saveDraft, answers::publish, () -> {
                    Toasts.success(getTranslation("answers.published"));
                    refresh();
                }).open());
        open.setId("answer-open-" + q.id());
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var actions = new Div(open);
        actions.addClassName("actions");
        if (topic != null && topic.status() == org.citizendialogue.dialogue.DialogueStatus.LIVE) {
            actions.add(onAirButton(q, topic));
        }
        card.add(meta, new Paragraph(q.body()), actions);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("answers.title") + " · " + getTranslation("app.name");
    }
}
