package org.citizendialogue.portal.ui;

import java.util.List;

import org.citizendialogue.answer.AnswerService;
import org.citizendialogue.dialogue.DialogueService;
import org.citizendialogue.dialogue.TopicContext;
import org.citizendialogue.shared.CurrentUser;
import org.citizendialogue.shared.ui.MainLayout;
import org.citizendialogue.shared.ui.TimeFormat;
import org.citizendialogue.submission.CommentCard;
import org.citizendialogue.submission.QuestionCard;
import org.citizendialogue.submission.QuestionSort;
import org.citizendialogue.submission.SubmissionService;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A topic thread: its published questions (a page at a time, so a long thread costs no more
 * than a short one), their answers and comments, the topic's comments, and the forms to ask
 * and comment.
 */
@Route(value = "dialogues/:slug/topics/:topic", layout = MainLayout.class)
@AnonymousAllowed
class TopicView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE = 20;

    private final DialogueService dialogues;
    private final SubmissionService submissions;
    private final AnswerService answers;
    private final TimeFormat time;
    private final Div questions = new Div();
    private final Div topicComments = new Div();
    private final Button more = new Button();
    private final Select<QuestionSort> sort = new Select<>();
    private TopicContext topic;
    private int shown;

    TopicView(DialogueService dialogues, SubmissionService submissions, AnswerService answers, TimeFormat time) {
        this.dialogues = dialogues;
        this.submissions = submissions;
        this.answers = answers;
        this.time = time;
        addClassName("page");
        questions.addClassName("question-list");
        questions.setId("question-list");
        more.setId("questions-more");
        more.setText(getTranslation("topic.more"));
        more.addClickListener(e -> showMore());
        sort.setId("question-sort");
        sort.setLabel(getTranslation("topic.sort"));
        sort.setItems(QuestionSort.values());
        sort.setItemLabelGenerator(s -> getTranslation("sort." + s.name()));
        sort.setValue(QuestionSort.NEWEST);
        sort.addValueChangeListener(e -> reload());
        topicComments.addClassName("topic-comments");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getRouteParameters();
        topic = dialogues.publicTopic(params.get("slug").orElse(""), params.get("topic").orElse(""))
                .orElseThrow(NotFoundException::new);
        removeAll();
        var crumbs = new Nav(new Anchor("dialogues/" + topic.dialogueSlug(), topic.dialogueTitle()));
        crumbs.addClassName("breadcrumbs");
        crumbs.getElement().setAttribute("aria-label", getTranslation("nav.breadcrumbs"));
        var summary = new Paragraph(topic.topicSummary());
        summary.addClassName("lead");
        add(crumbs, new H1(topic.topicTitle()), summary, askSection(), questionsSection(), topicCommentsSection());
        reload();
    }

    private Component askSection() {
        var section = new Section(new H2(getTranslation("ask.heading")));
        section.addClassName("ask");
        if (!topic.status().acceptsSubmissions()) {
            section.add(notice(getTranslation("ask.closed")));
        } else if (CurrentUser.get().isEmpty()) {
            section.add(signInHint("ask.sign-in"));
        } else {
            var input = new TextInput[1];
            input[0] = new TextInput("ask-text", "ask-submit", getTranslation("ask.label"), getTranslation("ask.submit"),
                    SubmissionService.BODY_MAX, text -> {
                        submissions.ask(topic.topicId(), text);
                        input[0].confirm(getTranslation("submission.awaiting"));
                    });
            section.add(input[0]);
        }
        return section;
    }

    private Component signInHint(String key) {
        var hint = new Paragraph(new Anchor("login", getTranslation("nav.login")),
                new com.vaadin.flow.component.html.Span(" " + getTranslation(key)));
        hint.addClassName("hint");
        return hint;
    }

    private static Component notice(String text) {
        var notice = new Paragraph(text);
        notice.addClassName("notice");
        notice.getElement().setAttribute("role", "note");
        return notice;
    }

    private Component questionsSection() {
        var heading = new H2(getTranslation("topic.questions"));
        var toolbar = new Div(heading, sort);
        toolbar.addClassName("list-toolbar");
        return new Section(toolbar, questions, more);
    }

    private Component topicCommentsSection() {
        var section = new Section(new H2(getTranslation("topic.comments")), topicComments);
        section.addClassName("topic-comments-section");
        if (topic.status().acceptsSubmissions() && CurrentUser.get().isPresent()) {
            var input = new TextInput[1];
            input[0] = new TextInput("topic-comment-text", "topic-comment-submit", getTranslation("topic.comment.label"),
                    getTranslation("comment.submit"), SubmissionService.BODY_MAX, text -> {
                        submissions.comment(topic.topicId(), null, text);
                        input[0].confirm(getTranslation("submission.awaiting"));
                    });
            section.add(input[0]);
        } else if (topic.status().acceptsSubmissions()) {
            section.add(signInHint("comment.sign-in"));
        }
        return section;
    }

    private void reload() {
        questions.removeAll();
        shown = 0;
        showMore();
        topicComments.removeAll();
        var comments = submissions.topicComments(topic.topicId(), 0, 50);
        if (comments.isEmpty()) {
            topicComments.add(new Paragraph(getTranslation("topic.no-comments")));
        }
        for (CommentCard c : comments) {
            var item = new Div(new Div(new com.vaadin.flow.component.html.Span(c.authorName() + " · "),
                    QuestionCardView.timeOf(c.submittedAt(), time, getLocale())), new Paragraph(c.body()));
            item.addClassName("comment");
            item.setId("comment-" + c.id());
            item.getChildren().findFirst().ifPresent(m -> ((Div) m).addClassName("meta"));
            topicComments.add(item);
        }
    }

    private void showMore() {
        List<QuestionCard> page = submissions.publishedQuestions(topic.topicId(), sort.getValue(), shown, PAGE + 1);
        var hasMore = page.size() > PAGE;
        var visible = hasMore ? page.subList(0, PAGE) : page;
        var ids = visible.stream().map(QuestionCard::id).toList();
        var answerOf = answers.publishedFor(ids);
        var commentsOf = submissions.publishedComments(ids);
        var canComment = topic.status().acceptsSubmissions() && CurrentUser.get().isPresent();
        for (var q : visible) {
            questions.add(new QuestionCardView(q, answerOf.get(q.id()), commentsOf.getOrDefault(q.id(), List.of()), time,
                    canComment ? (id, text) -> submissions.comment(topic.topicId(), id, text) : null, true));
        }
        shown += visible.size();
        if (shown == 0) {
            questions.add(new Paragraph(getTranslation("topic.no-questions")));
        }
        more.setVisible(hasMore);
    }

    @Override
    public String getPageTitle() {
        return (topic == null ? "" : topic.topicTitle() + " · ") + getTranslation("app.name");
    }
}
