package org.citizendialogue.answer.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.citizendialogue.answer.AnswerDesk;
import org.citizendialogue.answer.AnswerTemplates;
import org.citizendialogue.answer.CommitmentCard;
import org.citizendialogue.answer.CommitmentStatus;
import org.citizendialogue.answer.DeskFilter;
import org.citizendialogue.answer.DeskState;
import org.citizendialogue.answer.OnAirDesk;
import org.citizendialogue.programme.ProgrammeService;
import org.citizendialogue.programme.ProgrammeStatus;
import org.citizendialogue.programme.TopicContext;
import org.citizendialogue.shared.FormerResident;
import org.citizendialogue.shared.ui.BilingualText;
import org.citizendialogue.shared.ui.MainLayout;
import org.citizendialogue.shared.ui.TimeFormat;
import org.citizendialogue.shared.ui.Toasts;
import org.citizendialogue.submission.DeskOrder;
import org.citizendialogue.submission.QuestionCard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/**
 * The answer desk: the published questions of the staff member's programmes, by votes or by
 * waiting time, filtered by topic and by answer state, with the count of each state.
 */
@Route(value = "answers", layout = MainLayout.class)
@RolesAllowed("STAFF")
class AnswerDeskView extends VerticalLayout implements HasDynamicTitle {

    private static final int PAGE = 50;

    private final AnswerDesk answers;
    private final OnAirDesk onAir;
    private final AnswerTemplates templates;
    private final ProgrammeService programmes;
    private final TimeFormat time;
    private final Div list = new Div();
    private final Button more = new Button();
    private int shown;
    private final Select<DeskOrder> sort = new Select<>();
    private final Select<TopicContext> topic = new Select<>();
    private final Select<DeskState> state = new Select<>();
    private Map<DeskState, Long> counts = Map.of();

    AnswerDeskView(
            AnswerDesk answers,
            OnAirDesk onAir,
            AnswerTemplates templates,
            ProgrammeService programmes,
            TimeFormat time) {
        this.answers = answers;
        this.onAir = onAir;
        this.templates = templates;
        this.programmes = programmes;
        this.time = time;
        addClassName("page");
        list.addClassName("desk");
        sort.setId("desk-sort");
        sort.setLabel(getTranslation("answers.desk.sort"));
        sort.setItems(DeskOrder.values());
        sort.setItemLabelGenerator(o -> o == null ? "" : getTranslation("answers.desk.sort." + o.name()));
        sort.setValue(DeskOrder.LONGEST_WAITING);
        topic.setId("desk-topic");
        topic.setLabel(getTranslation("answers.desk.topic"));
        topic.setItems(answers.deskTopics());
        topic.setItemLabelGenerator(t -> t == null
                ? ""
                : t.dialogueTitle().in(getLocale()) + " › " + t.topicTitle().in(getLocale()));
        topic.setEmptySelectionAllowed(true);
        topic.setEmptySelectionCaption(getTranslation("answers.desk.topic.all"));
        state.setId("desk-state");
        state.setLabel(getTranslation("answers.desk.state"));
        state.setItems(DeskState.values());
        state.setItemLabelGenerator(
                s -> s == null ? "" : getTranslation("answers.desk.state." + s.name(), counts.getOrDefault(s, 0L)));
        state.setValue(DeskState.UNANSWERED);
        sort.addValueChangeListener(e -> refresh());
        topic.addValueChangeListener(e -> refresh());
        state.addValueChangeListener(e -> refresh());
        var filters = new Div(state, topic, sort);
        filters.addClassName("list-toolbar");
        var verdictsLink = new Anchor("answers/verdicts", getTranslation("answers.verdicts-link"));
        verdictsLink.setId("desk-verdicts-link");
        add(
                new H1(getTranslation("answers.title")),
                new Paragraph(verdictsLink),
                new ProgrammeControls(programmes, this::refresh),
                new H2(getTranslation("answers.waiting")),
                new Paragraph(getTranslation("answers.intro")),
                filters,
                list,
                more);
        more.setId("desk-more");
        more.setText(getTranslation("answers.more"));
        more.addClickListener(e -> showMore());
        refresh();
    }

    private void refresh() {
        var topicId = topic.getValue() == null ? null : topic.getValue().topicId();
        counts = answers.deskCounts(topicId);
        // a new label generator re-renders the labels with the counts and keeps the chosen state
        state.setItemLabelGenerator(
                s -> s == null ? "" : getTranslation("answers.desk.state." + s.name(), counts.getOrDefault(s, 0L)));
        list.removeAll();
        shown = 0;
        showMore();
    }

    private void showMore() {
        var topicId = topic.getValue() == null ? null : topic.getValue().topicId();
        var page = answers.desk(new DeskFilter(state.getValue(), topicId, sort.getValue()), shown, PAGE + 1);
        var waiting = page.size() > PAGE ? page.subList(0, PAGE) : page;
        if (shown == 0 && waiting.isEmpty()) {
            list.add(new Paragraph(
                    getTranslation(state.getValue() == DeskState.UNANSWERED ? "answers.empty" : "answers.desk.none")));
        }
        var topics =
                programmes.topics(waiting.stream().map(QuestionCard::topicId).collect(Collectors.toSet()));
        waiting.forEach(q -> list.add(card(q, topics.get(q.topicId()))));
        shown += waiting.size();
        more.setVisible(page.size() > PAGE);
    }

    private Component onAirButton(QuestionCard q, TopicContext topic) {
        var onAirNow = onAir.nowAnswering(topic.dialogueId())
                .filter(o -> o.questionId() == q.id())
                .isPresent();
        var button = new Button(getTranslation(onAirNow ? "live.stop-answering" : "live.start-answering"), e -> {
            if (onAirNow) {
                onAir.clearOnAir(topic.dialogueId());
            } else {
                onAir.putOnAir(q.id());
            }
            refresh();
        });
        button.setId("now-answering-" + q.id());
        button.getElement().setAttribute("aria-pressed", String.valueOf(onAirNow));
        return button;
    }

    private AnswerEditorDialog.Commitments commitments() {
        return new AnswerEditorDialog.Commitments() {
            @Override
            public List<CommitmentCard> list(long questionId) {
                return answers.commitmentsForEditor(questionId);
            }

            @Override
            public CommitmentCard add(long questionId, String text, LocalDate due) {
                return answers.addCommitment(questionId, text, due);
            }

            @Override
            public CommitmentCard change(long id, CommitmentStatus s, int seenVersion) {
                return answers.changeCommitment(id, s, seenVersion);
            }
        };
    }

    private Component card(QuestionCard q, TopicContext topic) {
        var card = new Article();
        card.setId("desk-question-" + q.id());
        card.addClassName("queue-card");
        var meta = new Div(
                new Span(FormerResident.shown(q.authorName(), this::getTranslation)),
                new Span(time.dateTime(q.submittedAt(), getLocale())),
                new Span(getTranslation("vote.count-aria", q.voteCount())));
        if (topic != null) {
            meta.add(
                    BilingualText.span(topic.dialogueTitle(), getLocale()),
                    new Span(" › "),
                    BilingualText.span(topic.topicTitle(), getLocale()));
        }
        meta.addClassName("meta");
        var open = new Button(
                getTranslation(
                        state.getValue() == DeskState.UNANSWERED || state.getValue() == DeskState.DRAFT
                                ? "answers.open"
                                : "answers.edit"),
                e -> new AnswerEditorDialog(
                                q,
                                answers.editorFor(q.id()),
                                templates.forQuestion(q.id()),
                                answers::saveDraft,
                                answers::publish,
                                commitments(),
                                time,
                                () -> {
                                    Toasts.success(getTranslation("answers.published"));
                                    refresh();
                                })
                        .open());
        open.setId("answer-open-" + q.id());
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var actions = new Div(open);
        actions.addClassName("actions");
        if (topic != null && topic.status() == ProgrammeStatus.LIVE) {
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
