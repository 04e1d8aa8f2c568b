package org.citizendialogue.portal.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.citizendialogue.account.EmailVerifications;
import org.citizendialogue.answer.OnAir;
import org.citizendialogue.answer.OnAirDesk;
import org.citizendialogue.notification.NotificationService;
import org.citizendialogue.poll.ui.PollComponents;
import org.citizendialogue.portal.Abilities;
import org.citizendialogue.portal.LiveFeed;
import org.citizendialogue.portal.PortalPages;
import org.citizendialogue.portal.QuestionSlice;
import org.citizendialogue.programme.ProgrammeStatus;
import org.citizendialogue.programme.TopicContext;
import org.citizendialogue.shared.CurrentUser;
import org.citizendialogue.shared.live.LiveUpdates;
import org.citizendialogue.shared.ui.BilingualText;
import org.citizendialogue.shared.ui.LiveAnnouncer;
import org.citizendialogue.shared.ui.MainLayout;
import org.citizendialogue.shared.ui.TimeFormat;
import org.citizendialogue.shared.ui.UnconfirmedEmailNotice;
import org.citizendialogue.submission.CommentCard;
import org.citizendialogue.submission.PublishedSubmissions;
import org.citizendialogue.submission.QuestionCard;
import org.citizendialogue.submission.QuestionSort;
import org.citizendialogue.submission.SubmissionModeration;
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
 * than a short one), their votes, answers and comments, the topic's comments, and the forms to
 * ask and comment. It stays live: what others publish, vote and answer appears in place, without
 * touching what the person is typing or where they have scrolled.
 */
@Route(value = "dialogues/:slug/topics/:topic", layout = MainLayout.class)
@AnonymousAllowed
class TopicView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE = 10;

    private final PortalPages pages;
    private final SubmissionService submissions;
    private final SubmissionModeration moderation;
    private final PublishedSubmissions published;
    private final OnAirDesk onAir;
    private final LiveUpdates live;
    private final TimeFormat time;
    private final Div questions = new Div();
    private final AskSection askSection;
    private final TopicCommentsSection topicComments;
    private final Button more = new Button();
    private final Select<QuestionSort> sort = new Select<>();
    private final Map<Long, QuestionCardView> cards = new HashMap<>();
    private Paragraph liveWallLink;
    private TopicContext topic;
    private ProgrammeStatus status;
    private Long onAirQuestion;
    private Abilities abilities = Abilities.VISITOR;
    private int shown;
    private boolean subscribed;

    private final NotificationService notifications;
    private final EmailVerifications verifications;
    private final PollComponents polls;

    TopicView(
            PortalPages pages,
            SubmissionService submissions,
            SubmissionModeration moderation,
            PublishedSubmissions published,
            OnAirDesk onAir,
            LiveUpdates live,
            TimeFormat time,
            NotificationService notifications,
            EmailVerifications verifications,
            PollComponents polls) {
        this.pages = pages;
        this.polls = polls;
        this.verifications = verifications;
        this.notifications = notifications;
        this.submissions = submissions;
        this.moderation = moderation;
        this.published = published;
        this.onAir = onAir;
        this.live = live;
        this.askSection = new AskSection(submissions, time);
        this.topicComments = new TopicCommentsSection(submissions, time);
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
        sort.setValue(QuestionSort.MOST_VOTES);
        sort.addValueChangeListener(e -> reload());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getRouteParameters();
        var page = pages.topic(
                        params.get("slug").orElse(""), params.get("topic").orElse(""), sort.getValue(), PAGE)
                .orElseThrow(NotFoundException::new);
        topic = page.topic();
        status = topic.status();
        onAirQuestion = page.onAirQuestion();
        abilities = page.abilities();
        removeAll();
        var crumbs =
                new Nav(BilingualText.anchor("dialogues/" + topic.dialogueSlug(), topic.dialogueTitle(), getLocale()));
        crumbs.addClassName("breadcrumbs");
        crumbs.getElement().setAttribute("aria-label", getTranslation("nav.breadcrumbs"));
        var summary = BilingualText.show(new Paragraph(), topic.topicSummary(), getLocale());
        summary.addClassName("lead");
        add(crumbs, BilingualText.showMarked(new H1(), topic.topicTitle(), getLocale()), summary);
        if (abilities.unconfirmedEmail()) {
            add(new UnconfirmedEmailNotice(verifications::resend));
        }
        if (abilities.signedIn()) {
            add(FollowToggle.topic(notifications, topic.topicId()));
        }
        add(
                liveLink(),
                polls.openPoll(topic.dialogueId(), page.openPoll()),
                askSection,
                questionsSection(),
                topicComments);
        askSection.show(topic, status, abilities);
        topicComments.show(topic, status, abilities, page.topicComments());
        showFirst(page.questions());
        if (!subscribed) {
            subscribed = true;
            live.whileAttached(this, LiveFeed.topic(topic.topicId()), this::onTopicUpdate, this::resync);
            // the topic's resync reloads the page, the question on air included
            live.whileAttached(this, LiveFeed.dialogue(topic.dialogueId()), this::onProgrammeUpdate, null);
        }
    }

    private Component liveLink() {
        var link = new Anchor("live/" + topic.dialogueSlug(), getTranslation("live.open-wall"));
        link.setId("live-wall-link");
        liveWallLink = new Paragraph(link);
        liveWallLink.setVisible(status == ProgrammeStatus.LIVE);
        return liveWallLink;
    }

    private Component questionsSection() {
        var toolbar = new Div(new H2(getTranslation("topic.questions")), sort);
        toolbar.addClassName("list-toolbar");
        return new Section(toolbar, questions, more);
    }

    private void reload() {
        showFirst(pages.questions(topic.topicId(), sort.getValue(), 0, PAGE));
        topicComments.replace(published.topicComments(topic.topicId(), 0, PortalPages.TOPIC_COMMENTS));
    }

    /** Shows the first page of questions that was just read, in place of the list. */
    private void showFirst(QuestionSlice first) {
        questions.removeAll();
        cards.clear();
        shown = 0;
        showQuestions(first);
    }

    private void showMore() {
        showQuestions(pages.questions(topic.topicId(), sort.getValue(), shown, PAGE));
    }

    private void showQuestions(QuestionSlice slice) {
        var visible = slice.questions();
        questions
                .getChildren()
                .filter(c -> "questions-empty".equals(c.getId().orElse(null)))
                .toList()
                .forEach(questions::remove);
        var actions = actions();
        for (var q : visible) {
            var card = new QuestionCardView(
                    q,
                    slice.answers().get(q.id()),
                    null,
                    slice.onAirMoments().get(q.id()),
                    slice.myVotes().contains(q.id()),
                    q.id() == (onAirQuestion == null ? -1 : onAirQuestion),
                    time,
                    actions,
                    true);
            cards.put(q.id(), card);
            questions.add(card);
        }
        shown += visible.size();
        if (shown == 0) {
            var empty = new Paragraph(getTranslation("topic.no-questions"));
            empty.setId("questions-empty");
            questions.add(empty);
        }
        more.setVisible(slice.hasMore());
    }

    private QuestionCardView.Actions actions() {
        return new QuestionCardView.Actions(
                abilities.takePart() ? (id, text) -> submissions.comment(topic.topicId(), id, text) : null,
                abilities.takePart() ? (id, add) -> add ? submissions.vote(id) : submissions.unvote(id) : null,
                abilities.markOnAir()
                        ? (id, on) -> {
                            if (on) {
                                onAir.putOnAir(id);
                            } else {
                                onAir.clearOnAir(topic.dialogueId());
                            }
                        }
                        : null,
                id -> published.publishedComments(Set.of(id)).getOrDefault(id, List.of()),
                abilities.report() ? submissions::report : null,
                abilities.hide() ? moderation::hide : null);
    }

    /** Updates may have been missed (decision 026): the lists and the question on air are read again. */
    private void resync() {
        onAirQuestion =
                onAir.nowAnswering(topic.dialogueId()).map(OnAir::questionId).orElse(null);
        reload();
    }

    private void onTopicUpdate(LiveFeed.TopicUpdate update) {
        switch (update) {
            case LiveFeed.QuestionAdded added -> addQuestion(added.question());
            case LiveFeed.CommentAdded added -> addComment(added.comment());
            case LiveFeed.VotesChanged votes -> {
                var card = cards.get(votes.questionId());
                if (card != null) {
                    card.setVotes(votes.votes());
                }
            }
            case LiveFeed.ContentRemoved removed -> {
                var card = cards.remove(removed.submissionId());
                if (card != null) {
                    questions.remove(card);
                }
                findById(this, "comment-" + removed.submissionId())
                        .ifPresent(
                                c -> c.getParent().ifPresent(p -> p.getElement().removeChild(c.getElement())));
            }
            case LiveFeed.AnswerRemoved removed ->
                findById(this, "answer-" + removed.answerId())
                        .ifPresent(
                                a -> a.getParent().ifPresent(p -> p.getElement().removeChild(a.getElement())));
            case LiveFeed.AnswerShown shown -> {
                var card = cards.get(shown.answer().questionId());
                if (card != null) {
                    card.showAnswer(shown.answer());
                    LiveAnnouncer.announce(this, getTranslation("live.announce.answer"));
                }
            }
        }
    }

    private static Optional<Component> findById(Component root, String id) {
        if (id.equals(root.getId().orElse(null))) {
            return Optional.of(root);
        }
        return root.getChildren()
                .map(c -> findById(c, id))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private void addQuestion(QuestionCard question) {
        if (cards.containsKey(question.id()) || more.isVisible() && sort.getValue() == QuestionSort.ANSWERED) {
            return;
        }
        questions
                .getChildren()
                .filter(c -> "questions-empty".equals(c.getId().orElse(null)))
                .toList()
                .forEach(questions::remove);
        var card = new QuestionCardView(question, null, null, null, false, false, time, actions(), true);
        cards.put(question.id(), card);
        if (sort.getValue() == QuestionSort.NEWEST || sort.getValue() == QuestionSort.UNANSWERED) {
            questions.addComponentAsFirst(card);
        } else {
            questions.add(card);
        }
        shown++;
        LiveAnnouncer.announce(this, getTranslation("live.announce.question"));
    }

    private void addComment(CommentCard comment) {
        if (comment.questionId() == null) {
            topicComments.addFirst(comment);
        } else {
            var card = cards.get(comment.questionId());
            if (card != null) {
                card.addComment(comment);
            }
        }
    }

    private void onProgrammeUpdate(LiveFeed.ProgrammeUpdate update) {
        switch (update) {
            case LiveFeed.NowAnsweringChanged changed -> {
                if (onAirQuestion != null && cards.containsKey(onAirQuestion)) {
                    cards.get(onAirQuestion).setOnAir(false);
                }
                onAirQuestion = changed.questionId();
                if (onAirQuestion != null && cards.containsKey(onAirQuestion)) {
                    cards.get(onAirQuestion).setOnAir(true);
                    LiveAnnouncer.announce(this, getTranslation("live.announce.now-answering"));
                }
            }
            case LiveFeed.StatusChanged changed -> {
                status = changed.status();
                var before = abilities;
                abilities = abilities.withStatus(CurrentUser.get(), status);
                if (before.takePart() != abilities.takePart() || before.markOnAir() != abilities.markOnAir()) {
                    var actions = actions();
                    cards.values().forEach(card -> card.allow(actions));
                }
                liveWallLink.setVisible(status == ProgrammeStatus.LIVE);
                askSection.show(topic, status, abilities);
                topicComments.layOut(topic, status, abilities);
                LiveAnnouncer.announce(
                        this, getTranslation("live.announce.status", getTranslation("status." + status)));
            }
        }
    }

    @Override
    public String getPageTitle() {
        return (topic == null ? "" : topic.topicTitle().in(getLocale()) + " · ") + getTranslation("app.name");
    }
}
