package org.citizendialogue.portal.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.citizendialogue.account.EmailVerifications;
import org.citizendialogue.account.Suspensions;
import org.citizendialogue.answer.AnswerDesk;
import org.citizendialogue.answer.AnswerModeration;
import org.citizendialogue.answer.OnAirDesk;
import org.citizendialogue.answer.PublishedAnswers;
import org.citizendialogue.dialogue.DialogueService;
import org.citizendialogue.dialogue.TopicContext;
import org.citizendialogue.moderation.DuplicateAction;
import org.citizendialogue.notification.NotificationService;
import org.citizendialogue.shared.CurrentUser;
import org.citizendialogue.shared.Roles;
import org.citizendialogue.shared.ui.BilingualText;
import org.citizendialogue.shared.ui.MainLayout;
import org.citizendialogue.shared.ui.SuspendedNotice;
import org.citizendialogue.shared.ui.TimeFormat;
import org.citizendialogue.shared.ui.Toasts;
import org.citizendialogue.shared.ui.UnconfirmedEmailNotice;
import org.citizendialogue.submission.PublishedSubmissions;
import org.citizendialogue.submission.QuestionCard;
import org.citizendialogue.submission.SubmissionModeration;
import org.citizendialogue.submission.SubmissionService;
import org.citizendialogue.verdict.ui.VerdictComponents;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** One published question with its answer and comments, at a stable address. */
@Route(value = "questions/:id", layout = MainLayout.class)
@AnonymousAllowed
class QuestionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DialogueService dialogues;
    private final SubmissionService submissions;
    private final SubmissionModeration moderation;
    private final PublishedSubmissions published;
    private final AnswerDesk answers;
    private final PublishedAnswers publishedAnswers;
    private final OnAirDesk onAir;
    private final TimeFormat time;
    private QuestionCard question;

    private final NotificationService notifications;
    private final Clock clock;

    private final AnswerModeration answerModeration;
    private final Suspensions suspensions;
    private final EmailVerifications verifications;
    private final VerdictComponents verdicts;

    QuestionView(
            DialogueService dialogues,
            SubmissionService submissions,
            SubmissionModeration moderation,
            PublishedSubmissions published,
            AnswerDesk answers,
            PublishedAnswers publishedAnswers,
            OnAirDesk onAir,
            TimeFormat time,
            NotificationService notifications,
            Clock clock,
            AnswerModeration answerModeration,
            Suspensions suspensions,
            EmailVerifications verifications,
            VerdictComponents verdicts) {
        this.verifications = verifications;
        this.verdicts = verdicts;
        this.answerModeration = answerModeration;
        this.suspensions = suspensions;
        this.notifications = notifications;
        this.clock = clock;
        this.dialogues = dialogues;
        this.submissions = submissions;
        this.moderation = moderation;
        this.published = published;
        this.answers = answers;
        this.publishedAnswers = publishedAnswers;
        this.onAir = onAir;
        this.time = time;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
        var merged = published.mergedInto(id);
        if (merged.isPresent()) {
            // a duplicate's old address leads to the question it was merged into
            event.forwardTo(
                    QuestionView.class, new RouteParameters("id", merged.get().toString()));
            return;
        }
        question = published.publishedQuestion(id).orElseThrow(NotFoundException::new);
        TopicContext topic = dialogues
                .topic(question.topicId())
                .filter(t -> t.status().isPublic())
                .orElseThrow(NotFoundException::new);
        removeAll();
        var crumbs = new Nav(
                BilingualText.anchor("dialogues/" + topic.dialogueSlug(), topic.dialogueTitle(), getLocale()),
                new Span(" › "),
                BilingualText.anchor(
                        "dialogues/" + topic.dialogueSlug() + "/topics/" + topic.topicSlug(),
                        topic.topicTitle(),
                        getLocale()));
        crumbs.addClassName("breadcrumbs");
        crumbs.getElement().setAttribute("aria-label", getTranslation("nav.breadcrumbs"));
        var suspended = suspensions.mine();
        var open = topic.status().acceptsSubmissions() && CurrentUser.get().isPresent() && suspended.isEmpty();
        var answer = publishedAnswers.forQuestions(Set.of(id)).get(id);
        var comments = published.publishedComments(Set.of(id)).getOrDefault(id, List.of());
        var onAirNow = onAir.nowAnswering(topic.dialogueId())
                .filter(o -> o.questionId() == id)
                .isPresent();
        var actions = new QuestionCardView.Actions(
                open ? (qid, text) -> submissions.comment(topic.topicId(), qid, text) : null,
                open ? (qid, add) -> add ? submissions.vote(qid) : submissions.unvote(qid) : null,
                null,
                null,
                CurrentUser.get().filter(u -> u.has(Roles.RESIDENT)).isPresent() && suspended.isEmpty()
                        ? submissions::report
                        : null,
                CurrentUser.get().filter(u -> u.has(Roles.MODERATOR)).isPresent() ? moderation::hide : null);
        var onAirRecord = onAir.onAirRecord(Set.of(id)).get(id);
        add(crumbs, new H1(getTranslation("question.title", id)));
        suspended.ifPresent(s -> add(new SuspendedNotice(s.untilAt(), s.reason(), time)));
        if (verifications.mineUnconfirmed()) {
            add(new UnconfirmedEmailNotice(verifications::resend));
        }
        add(new QuestionCardView(
                question,
                answer,
                comments,
                onAirRecord,
                !submissions.myVotes(Set.of(id)).isEmpty(),
                onAirNow,
                time,
                actions,
                false));
        if (answer != null) {
            verdicts.underAnswer(id).ifPresent(this::add);
        }
        if (CurrentUser.get().filter(u -> u.has(Roles.MODERATOR)).isPresent()) {
            add(DuplicateAction.button(
                    moderation,
                    id,
                    question.body(),
                    originalId -> getUI().ifPresent(ui -> ui.navigate("questions/" + originalId))));
        }
        if (answer != null
                && CurrentUser.get().filter(u -> u.has(Roles.RESIDENT)).isPresent()
                && suspended.isEmpty()) {
            add(reportAnswerButton(answer.id()));
        }
        if (CurrentUser.get().isPresent()) {
            add(FollowToggle.question(notifications, id));
        }
        add(new QuestionRecord(
                question,
                published.publishedAt(id).orElse(null),
                onAirRecord,
                answer,
                answer == null ? List.of() : publishedAnswers.revisionsOf(answer.id()),
                answer == null ? List.of() : publishedAnswers.publishedCommitments(id),
                time,
                LocalDate.now(clock)));
    }

    /** A resident reports the official answer, with the same reasons as for questions and comments. */
    private Button reportAnswerButton(long answerId) {
        var report = new Button(
                getTranslation("report.answer"),
                e -> new ReportDialog((reason, text) -> {
                            answerModeration.report(answerId, reason, text);
                            Toasts.success(getTranslation("report.sent"));
                        })
                        .open());
        report.setId("report-answer-" + answerId);
        report.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return report;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("question.title", question == null ? "" : question.id()) + " · "
                + getTranslation("app.name");
    }
}
