package org.citizendialogue.moderation.ui;

import jakarta.annotation.security.RolesAllowed;

import org.citizendialogue.account.Suspensions;
import org.citizendialogue.answer.AnswerModeration;
import org.citizendialogue.moderation.QueueFeed;
import org.citizendialogue.shared.live.LiveUpdates;
import org.citizendialogue.shared.ui.MainLayout;
import org.citizendialogue.submission.PublishedSubmissions;
import org.citizendialogue.submission.SubmissionModeration;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/**
 * The reports tab of moderation: reported and hidden questions and comments (most reported
 * first), then reported and hidden official answers. Both lists follow new reports, hiding and
 * restoring live, so a moderator working reports during a broadcast never reloads.
 */
@Route(value = "moderation/reports", layout = MainLayout.class)
@RolesAllowed("MODERATOR")
class ModerationReportsView extends VerticalLayout implements HasDynamicTitle {

    private final ReviewSection review;
    private final ReviewSection answerReview;

    ModerationReportsView(
            SubmissionModeration submissions,
            PublishedSubmissions published,
            AnswerModeration answerModeration,
            Suspensions suspensions,
            LiveUpdates live) {
        addClassName("page");
        var actions = new ItemActions(submissions, published, suspensions, this::refresh);
        review = new ReviewSection(new SubmissionReviewKind(submissions, actions));
        answerReview = new ReviewSection(new AnswerReviewKind(answerModeration));
        review.setWidthFull();
        answerReview.setWidthFull();
        var heading = new H1(getTranslation("moderation.review.title"));
        heading.setId("reports");
        add(
                new ModerationNav(ModerationNav.Page.REPORTS),
                heading,
                new Paragraph(getTranslation("moderation.review.intro")),
                review,
                answerReview);
        live.whileAttached(this, QueueFeed.REVIEW, this::onChange, this::refresh);
    }

    private void refresh() {
        review.refresh();
        answerReview.refresh();
    }

    private void onChange(QueueFeed.ReviewUpdate update) {
        switch (update) {
            case QueueFeed.ReviewChanged changed -> review.refresh();
            case QueueFeed.AnswerReviewChanged changed -> answerReview.refresh();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moderation.review.title") + " · " + getTranslation("app.name");
    }
}
