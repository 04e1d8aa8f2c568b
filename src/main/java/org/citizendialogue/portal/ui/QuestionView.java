package org.citizendialogue.portal.ui;

import java.time.Clock;
import java.time.LocalDate;

import org.citizendialogue.account.EmailVerifications;
import org.citizendialogue.answer.AnswerModeration;
import org.citizendialogue.moderation.DuplicateAction;
import org.citizendialogue.notification.NotificationService;
import org.citizendialogue.portal.PortalPages;
import org.citizendialogue.portal.QuestionAddress;
import org.citizendialogue.portal.QuestionPage;
import org.citizendialogue.shared.ui.BilingualText;
import org.citizendialogue.shared.ui.MainLayout;
import org.citizendialogue.shared.ui.SuspendedNotice;
import org.citizendialogue.shared.ui.TimeFormat;
import org.citizendialogue.shared.ui.Toasts;
import org.citizendialogue.shared.ui.UnconfirmedEmailNotice;
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

    private final PortalPages pages;
    private final SubmissionService submissions;
    private final SubmissionModeration moderation;
    private final TimeFormat time;
    private final NotificationService notifications;
    private final Clock clock;
    private final AnswerModeration answerModeration;
    private final EmailVerifications verifications;
    private final VerdictComponents verdicts;
    private QuestionCard question;

    QuestionView(
            PortalPages pages,
            SubmissionService submissions,
            SubmissionModeration moderation,
            TimeFormat time,
            NotificationService notifications,
            Clock clock,
            AnswerModeration answerModeration,
            EmailVerifications verifications,
            VerdictComponents verdicts) {
        this.pages = pages;
        this.submissions = submissions;
        this.moderation = moderation;
        this.time = time;
        this.notifications = notifications;
        this.clock = clock;
        this.answerModeration = answerModeration;
        this.verifications = verifications;
        this.verdicts = verdicts;
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
        var address = pages.question(id).orElseThrow(NotFoundException::new);
        if (address instanceof QuestionAddress.MergedInto merged) {
            // a duplicate's old address leads to the question it was merged into
            event.forwardTo(QuestionView.class, new RouteParameters("id", String.valueOf(merged.questionId())));
            return;
        }
        show((QuestionPage) address);
    }

    private void show(QuestionPage page) {
        question = page.question();
        var id = question.id();
        var topic = page.topic();
        var abilities = page.abilities();
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
        var actions = new QuestionCardView.Actions(
                abilities.takePart() ? (qid, text) -> submissions.comment(topic.topicId(), qid, text) : null,
                abilities.takePart() ? (qid, add) -> add ? submissions.vote(qid) : submissions.unvote(qid) : null,
                null,
                null,
                abilities.report() ? submissions::report : null,
                abilities.hide() ? moderation::hide : null);
        add(crumbs, new H1(getTranslation("question.title", id)));
        abilities.suspension().ifPresent(s -> add(new SuspendedNotice(s.untilAt(), s.reason(), time)));
        if (abilities.unconfirmedEmail()) {
            add(new UnconfirmedEmailNotice(verifications::resend));
        }
        var answer = page.answer();
        add(new QuestionCardView(
                question,
                answer,
                page.comments(),
                page.onAirMoment(),
                page.voted(),
                page.onAirNow(),
                time,
                actions,
                false));
        if (answer != null) {
            verdicts.underAnswer(id).ifPresent(this::add);
        }
        if (abilities.markDuplicate()) {
            add(DuplicateAction.button(
                    moderation,
                    id,
                    question.body(),
                    originalId -> getUI().ifPresent(ui -> ui.navigate("questions/" + originalId))));
        }
        if (answer != null && abilities.report()) {
            add(reportAnswerButton(answer.id()));
        }
        if (abilities.signedIn()) {
            add(FollowToggle.question(notifications, id));
        }
        add(new QuestionRecord(
                question,
                page.publishedAt(),
                page.onAirMoment(),
                answer,
                page.revisions(),
                page.commitments(),
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
