package org.citizendialogue.portal.ui;

import java.util.List;
import java.util.Locale;

import org.citizendialogue.answer.AnswerOutcome;
import org.citizendialogue.answer.OnAir;
import org.citizendialogue.answer.PublishedAnswer;
import org.citizendialogue.report.ReportReason;
import org.citizendialogue.shared.FormerResident;
import org.citizendialogue.shared.ui.BilingualText;
import org.citizendialogue.shared.ui.ReasonDialog;
import org.citizendialogue.shared.ui.TimeFormat;
import org.citizendialogue.shared.ui.Toasts;
import org.citizendialogue.submission.CommentCard;
import org.citizendialogue.submission.QuestionCard;
import org.citizendialogue.submission.SubmissionService;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.shared.Registration;

/**
 * One published question with its votes, answer and comments. It changes in place when live
 * updates arrive, so a comment being typed in it is never lost. User text is shown in Paragraph
 * and Span components, which escape it; never as HTML.
 */
class QuestionCardView extends Article {

    /** What the person looking at the card may do; null handlers hide the controls. */
    record Actions(
            CommentHandler comment,
            VoteHandler vote,
            OnAirHandler onAir,
            CommentLoader comments,
            ReportHandler report,
            HideHandler hide) {

        Actions(CommentHandler comment, VoteHandler vote, OnAirHandler onAir, CommentLoader comments) {
            this(comment, vote, onAir, comments, null, null);
        }
    }

    /** A resident reports the question or one of its comments. */
    interface ReportHandler {
        void report(long submissionId, ReportReason reason, String text);
    }

    /** A moderator hides the question, with a reason. */
    interface HideHandler {
        void hide(long questionId, String reason);
    }

    /** Loads a question's published comments when the person opens them. */
    interface CommentLoader {
        List<CommentCard> load(long questionId);
    }

    interface CommentHandler {
        void comment(long questionId, String text);
    }

    interface VoteHandler {
        /** Casts (or, with add false, withdraws) the vote; returns the new count. */
        int vote(long questionId, boolean add);
    }

    interface OnAirHandler {
        void toggle(long questionId, boolean onAir);
    }

    private final QuestionCard question;
    private final TimeFormat time;
    private Actions actions;
    private final Span meta = new Span();
    private final Div bar = new Div();
    private final Button vote = new Button();
    private Registration voteClicks;
    private Div commentsBlock;
    private Div comments;
    private Details commentForm;
    private Button commentsToggle;
    private int commentCount;
    private Section answerSection;
    private Button onAirButton;
    private int votes;
    private boolean voted;
    private boolean onAir;

    QuestionCardView(
            QuestionCard question,
            PublishedAnswer answer,
            List<CommentCard> comments,
            OnAir onAirRecord,
            boolean voted,
            boolean onAirNow,
            TimeFormat time,
            Actions actions,
            boolean linkToQuestion) {
        this.question = question;
        this.time = time;
        this.actions = actions;
        this.votes = question.voteCount();
        this.voted = voted;
        setId("question-" + question.id());
        addClassName("question-card");
        meta.addClassName("meta");
        var body = new Paragraph(question.body());
        body.addClassName("question-body");
        add(meta, body, toolbar(linkToQuestion));
        showMeta(onAirRecord);
        if (answer != null) {
            showAnswer(answer);
        }
        commentCount = question.commentCount();
        if (comments != null) {
            add(commentsBlock(comments));
        } else if (commentCount > 0 || actions.comment() != null) {
            // comments stay on the server until asked for: a long thread stays light
            add(commentsToggle());
        }
        setOnAir(onAirNow);
    }

    /** One text node for author, time and state: a long thread is many cards, each kept small. */
    private void showMeta(OnAir onAirRecord) {
        var parts = new StringBuilder(FormerResident.shown(question.authorName(), this::getTranslation))
                .append(" · ")
                .append(time.dateTime(question.submittedAt(), getLocale()));
        if (question.edited()) {
            parts.append(" · ").append(getTranslation("moderation.edited-marker"));
        }
        if (onAirRecord != null) {
            parts.append(" · ")
                    .append(getTranslation(
                            "live.answered-on-air", time.dateTime(onAirRecord.startedAt(), getLocale())));
        }
        meta.setText(parts.toString());
        meta.getElement()
                .setAttribute("data-state", question.answered() || answerSection != null ? "answered" : "open");
        meta.getElement().setAttribute("data-answered-label", getTranslation("question.answered"));
        meta.getElement().setAttribute("data-on-air-label", getTranslation("live.now-answering"));
    }

    private Component toolbar(boolean linkToQuestion) {
        bar.addClassName("card-actions");
        vote.setId("vote-" + question.id());
        vote.addThemeVariants(ButtonVariant.LUMO_SMALL);
        vote.addClassName("vote-button");
        allowVoting();
        showVotes();
        bar.add(vote);
        if (linkToQuestion) {
            var link = new Anchor("questions/" + question.id(), getTranslation("question.open"));
            link.getElement().setAttribute("aria-label", getTranslation("question.open-aria", question.id()));
            link.addClassName("question-link");
            bar.add(link);
        }
        if (actions.report() != null) {
            bar.add(reportButton(question.id(), "report.open-aria"));
        }
        if (actions.hide() != null) {
            var hide = new Button(
                    getTranslation("moderation.hide"),
                    e -> new ReasonDialog(
                                    "hide",
                                    "moderation.hide.title",
                                    "moderation.hide.reason",
                                    "moderation.hide",
                                    SubmissionService.NOTE_MAX,
                                    reason -> {
                                        actions.hide().hide(question.id(), reason);
                                        Toasts.success(getTranslation("moderation.hidden"));
                                    })
                            .open());
            hide.setId("hide-" + question.id());
            hide.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            bar.add(hide);
        }
        showOnAirButton();
        return bar;
    }

    /** A reader who cannot vote gets no click listener: a page for an audience stays small (issue 13). */
    private void allowVoting() {
        vote.setEnabled(actions.vote() != null);
        if (actions.vote() != null && voteClicks == null) {
            voteClicks = vote.addClickListener(e -> {
                if (actions.vote() != null) {
                    votes = actions.vote().vote(question.id(), !voted);
                    voted = !voted;
                    showVotes();
                }
            });
        }
    }

    /** The on-air button, while the reader may mark the question on air (as the comment form, it goes when they may not). */
    private void showOnAirButton() {
        if (actions.onAir() != null && onAirButton == null) {
            onAirButton = new Button();
            onAirButton.setId("now-answering-" + question.id());
            onAirButton.addThemeVariants(ButtonVariant.LUMO_SMALL);
            onAirButton.addClickListener(e -> {
                if (actions.onAir() != null) {
                    actions.onAir().toggle(question.id(), !onAir);
                }
            });
            bar.add(onAirButton);
        } else if (actions.onAir() == null && onAirButton != null) {
            bar.remove(onAirButton);
            onAirButton = null;
        }
    }

    /**
     * The reader may now do other things (the programme opened, went live or closed): the vote
     * button, the comment form and the on-air button follow, in place; the rest of the card stays.
     */
    void allow(Actions now) {
        actions = now;
        allowVoting();
        showVotes();
        showOnAirButton();
        setOnAir(onAir);
        if (commentsToggle != null) {
            commentsToggle.setText(commentsLabel());
        } else if (commentsBlock != null) {
            showCommentForm();
        } else if (now.comment() != null) {
            add(commentsToggle());
        }
    }

    private void showVotes() {
        vote.setText("▲ " + votes);
        vote.getElement().setAttribute("aria-pressed", String.valueOf(voted));
        vote.getElement()
                .setAttribute(
                        "aria-label",
                        getTranslation(
                                actions.vote() == null
                                        ? "vote.count-aria"
                                        : voted ? "vote.remove-aria" : "vote.add-aria",
                                votes));
        vote.getElement().setAttribute("title", getTranslation(actions.vote() == null ? "vote.sign-in" : "vote.hint"));
        if (voted) {
            vote.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else {
            vote.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
    }

    void setVotes(int count) {
        votes = count;
        showVotes();
    }

    void setOnAir(boolean now) {
        onAir = now;
        if (now) {
            addClassName("on-air");
        } else {
            removeClassName("on-air");
        }
        if (onAirButton != null) {
            onAirButton.setText(getTranslation(now ? "live.stop-answering" : "live.start-answering"));
            onAirButton.getElement().setAttribute("aria-pressed", String.valueOf(now));
        }
    }

    void showAnswer(PublishedAnswer answer) {
        if (answerSection != null) {
            remove(answerSection);
        }
        answerSection = new Section();
        answerSection.setId("answer-" + answer.id());
        answerSection.addClassName("answer");
        var by = new Span(
                BilingualText.span(answer.author(), getLocale()),
                new Text(" · "
                        + time.dateTime(answer.publishedAt(), getLocale())
                        + (answer.edited() ? " · " + getTranslation("answer.edited") : "")));
        by.addClassNames("meta", "byline");
        answerSection
                .getElement()
                .setAttribute("data-answer-state", answer.state().name().toLowerCase());
        answerSection.add(
                new H3(getTranslation("answer.heading", answer.bureau().in(getLocale()))), by);
        if (answer.state() != AnswerOutcome.ANSWERED) {
            var state = new Paragraph(
                    answer.state() == AnswerOutcome.FORWARDED
                            ? getTranslation("answer.forwarded", answer.department(), answer.followUp())
                            : getTranslation("answer.later", time.date(answer.promisedDate(), getLocale())));
            state.addClassName("answer-state");
            answerSection.add(state);
        }
        var text = BilingualText.showMarked(new Paragraph(), answer.text(), getLocale());
        text.addClassName("answer-text");
        answerSection.add(text);
        addComponentAtIndex(3, answerSection);
        meta.getElement().setAttribute("data-state", "answered");
    }

    private Button commentsToggle() {
        commentsToggle = new Button(commentsLabel(), e -> openComments());
        commentsToggle.setId("comments-toggle-" + question.id());
        commentsToggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        commentsToggle.getElement().setAttribute("aria-expanded", "false");
        return commentsToggle;
    }

    private String commentsLabel() {
        return actions.comment() == null
                ? getTranslation("comment.count", commentCount)
                : getTranslation("comment.show", commentCount);
    }

    private void openComments() {
        var block = commentsBlock(
                actions.comments() == null ? List.of() : actions.comments().load(question.id()));
        addComponentAtIndex(indexOf(commentsToggle), block);
        remove(commentsToggle);
        commentsToggle = null;
    }

    void addComment(CommentCard comment) {
        commentCount++;
        if (comments != null) {
            comments.add(commentWithActions(comment));
        } else if (commentsToggle != null) {
            commentsToggle.setText(commentsLabel());
        }
    }

    /** A comment with the reader's report button (residents only). */
    private Component commentWithActions(CommentCard comment) {
        var item = (Div) commentItem(comment, time, getLocale());
        if (actions.report() != null) {
            item.add(reportButton(comment.id(), "report.open-comment-aria"));
        }
        return item;
    }

    private Button reportButton(long submissionId, String ariaKey) {
        return reportButton(submissionId, ariaKey, actions.report());
    }

    /** The report button of one question or comment: opens the report dialog and hands the report on. */
    static Button reportButton(long submissionId, String ariaKey, ReportHandler handler) {
        var report = new Button();
        report.setText(report.getTranslation("report.open"));
        report.addClickListener(e -> new ReportDialog((reason, text) -> {
                    handler.report(submissionId, reason, text);
                    Toasts.success(report.getTranslation("report.sent"));
                })
                .open());
        report.setId("report-" + submissionId);
        report.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        report.getElement().setAttribute("aria-label", report.getTranslation(ariaKey, submissionId));
        return report;
    }

    static Component commentItem(CommentCard comment, TimeFormat time, Locale locale) {
        var author = FormerResident.shown(comment.authorName(), key -> I18NProvider.translate(locale, key));
        var meta = new Span(author + " · " + time.dateTime(comment.submittedAt(), locale)
                + (comment.edited() ? " · " + I18NProvider.translate(locale, "moderation.edited-marker") : ""));
        meta.addClassName("meta");
        var item = new Div(meta, new Paragraph(comment.body()));
        item.setId("comment-" + comment.id());
        item.addClassName("comment");
        return item;
    }

    private Component commentsBlock(List<CommentCard> initial) {
        commentsBlock = new Div();
        commentsBlock.addClassName("comments");
        comments = new Div();
        comments.addClassName("comment-list");
        initial.forEach(c -> comments.add(commentWithActions(c)));
        commentsBlock.add(comments);
        showCommentForm();
        return commentsBlock;
    }

    /** The form for a comment under the comments, while the reader may comment (as the page's other forms, it goes when the programme closes). */
    private void showCommentForm() {
        if (actions.comment() != null && commentForm == null) {
            var input = new TextInput(
                    "comment-text-" + question.id(),
                    "comment-submit-" + question.id(),
                    getTranslation("comment.label"),
                    getTranslation("comment.submit"),
                    SubmissionService.BODY_MAX,
                    text -> actions.comment().comment(question.id(), text));
            commentForm = new Details(getTranslation("comment.add"), input);
            commentForm.addClassName("comment-form");
            commentsBlock.add(commentForm);
        } else if (actions.comment() == null && commentForm != null) {
            commentsBlock.remove(commentForm);
            commentForm = null;
        }
    }
}
