package org.citizendialogue.search.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

import org.citizendialogue.programme.ProgrammeCard;
import org.citizendialogue.programme.ProgrammeService;
import org.citizendialogue.programme.TopicContext;
import org.citizendialogue.programme.TopicSummary;
import org.citizendialogue.search.AnsweredFilter;
import org.citizendialogue.search.HitKind;
import org.citizendialogue.search.SearchHit;
import org.citizendialogue.search.SearchQuery;
import org.citizendialogue.search.SearchService;
import org.citizendialogue.search.TextFragment;
import org.citizendialogue.shared.FormerResident;
import org.citizendialogue.shared.ui.BilingualText;
import org.citizendialogue.shared.ui.MainLayout;
import org.citizendialogue.shared.ui.StatusBadge;
import org.citizendialogue.shared.ui.TimeFormat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Search over published questions, comments and answers. The query and the filters live in the
 * address ({@code /search?q=…&programme=…&topic=…&answered=…}), so a search can be linked and
 * the back button works; every change navigates. Matches are marked with Span components, so
 * user text stays escaped.
 */
@Route(value = "search", layout = MainLayout.class)
@AnonymousAllowed
class SearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String Q = "q";
    static final String PROGRAMME = "programme";
    static final String TOPIC = "topic";
    static final String ANSWERED = "answered";

    private static final int PAGE = 20;

    private final SearchService search;
    private final ProgrammeService programmes;
    private final Section topicMatches = new Section();
    private final TimeFormat time;
    private final TextField text = new TextField();
    private final Button submit = new Button();
    private final Select<ProgrammeCard> programme = new Select<>();
    private final Select<TopicSummary> topic = new Select<>();
    private final Select<AnsweredFilter> answered = new Select<>();
    private final Paragraph status = new Paragraph();
    private final Div results = new Div();
    private final Button more = new Button();
    private SearchQuery shown;
    private int nextOffset;
    private boolean filling;

    SearchView(SearchService search, ProgrammeService programmes, TimeFormat time) {
        this.search = search;
        this.programmes = programmes;
        this.time = time;
        addClassNames("page", "search-page");
        text.setId("search-text");
        text.setLabel(getTranslation("search.label"));
        text.setHelperText(getTranslation("search.hint"));
        text.setMaxLength(SearchQuery.TEXT_MAX);
        text.setClearButtonVisible(true);
        text.setWidthFull();
        text.getElement().setAttribute("type", "search");
        text.getElement().setAttribute("enterkeyhint", "search");
        text.addValueChangeListener(e -> go());
        submit.setId("search-submit");
        submit.setText(getTranslation("search.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> go());

        programme.setId("search-programme");
        programme.setLabel(getTranslation("search.programme"));
        programme.setEmptySelectionAllowed(true);
        programme.setEmptySelectionCaption(getTranslation("search.programme.any"));
        programme.setItemLabelGenerator(d ->
                d == null ? getTranslation("search.programme.any") : d.title().in(getLocale()));
        programme.addValueChangeListener(e -> {
            topic.clear();
            go();
        });
        topic.setId("search-topic");
        topic.setLabel(getTranslation("search.topic"));
        topic.setEmptySelectionAllowed(true);
        topic.setEmptySelectionCaption(getTranslation("search.topic.any"));
        topic.setItemLabelGenerator(
                t -> t == null ? getTranslation("search.topic.any") : t.title().in(getLocale()));
        topic.addValueChangeListener(e -> go());
        answered.setId("search-answered");
        answered.setLabel(getTranslation("search.answered"));
        answered.setItems(AnsweredFilter.values());
        answered.setItemLabelGenerator(a -> getTranslation("search.answered." + a.name()));
        answered.setValue(AnsweredFilter.ANY);
        answered.addValueChangeListener(e -> go());

        var line = new FlexLayout(text, submit);
        line.addClassName("search-line");
        line.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        line.setAlignItems(Alignment.BASELINE);
        line.getStyle().set("gap", "var(--lumo-space-s)");
        line.setWidthFull();
        line.setFlexGrow(1, text);
        text.getStyle().set("min-width", "12rem");
        var filters = new FlexLayout(programme, topic, answered);
        filters.addClassName("search-filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-s)");
        filters.setWidthFull();
        for (var select : List.of(programme, topic, answered)) {
            select.getStyle().set("min-width", "10rem");
            select.getStyle().set("flex", "1 1 10rem");
        }
        var form = new Section(line, filters);
        form.setWidthFull();
        form.getElement().setAttribute("role", "search");
        form.getElement().setAttribute("aria-label", getTranslation("search.title"));
        status.setId("search-status");
        status.getElement().setAttribute("role", "status");
        results.setId("search-results");
        results.addClassName("search-results");
        results.setWidthFull();
        more.setId("search-more");
        more.setText(getTranslation("search.more"));
        more.addClickListener(e -> showMore());
        more.setVisible(false);
        topicMatches.setId("search-topics");
        topicMatches.setWidthFull();
        topicMatches.setVisible(false);
        add(new H1(getTranslation("search.title")), form, status, topicMatches, results, more);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters();
        filling = true;
        try {
            text.setValue(first(params, Q));
            var dialogueCards = programmes.publicProgrammes();
            programme.setItems(dialogueCards);
            var slug = first(params, PROGRAMME);
            var chosen = dialogueCards.stream()
                    .filter(d -> d.slug().equals(slug))
                    .findFirst()
                    .orElse(null);
            programme.setValue(chosen);
            List<TopicSummary> topics = chosen == null
                    ? List.of()
                    : programmes
                            .publicProgramme(chosen.slug())
                            .map(d -> d.topics())
                            .orElse(List.of());
            topic.setItems(topics);
            var topicSlug = first(params, TOPIC);
            topic.setValue(topics.stream()
                    .filter(t -> t.slug().equals(topicSlug))
                    .findFirst()
                    .orElse(null));
            topic.setEnabled(chosen != null);
            answered.setValue(AnsweredFilter.of(first(params, ANSWERED)));
        } finally {
            filling = false;
        }
        show();
    }

    private static String first(QueryParameters params, String name) {
        return params.getSingleParameter(name).orElse("");
    }

    /** Puts the form into the address; navigating there runs the search. */
    private void go() {
        if (filling) {
            return;
        }
        var params = new LinkedHashMap<String, String>();
        if (!text.getValue().isBlank()) {
            params.put(Q, text.getValue().strip());
        }
        if (programme.getValue() != null) {
            params.put(PROGRAMME, programme.getValue().slug());
            if (topic.getValue() != null) {
                params.put(TOPIC, topic.getValue().slug());
            }
        }
        if (answered.getValue() != null && answered.getValue() != AnsweredFilter.ANY) {
            params.put(ANSWERED, answered.getValue().name().toLowerCase(Locale.ROOT));
        }
        getUI().ifPresent(ui -> ui.navigate(SearchView.class, QueryParameters.simple(params)));
    }

    private void show() {
        results.removeAll();
        more.setVisible(false);
        var q = text.getValue().strip();
        if (q.isEmpty()) {
            status.setText(getTranslation("search.prompt"));
            return;
        }
        var dialogueId =
                programme.getValue() == null ? null : programme.getValue().id();
        var topicId = topic.getValue() == null ? null : topic.getValue().id();
        shown = new SearchQuery(q, dialogueId, topicId, answered.getValue());
        nextOffset = 0;
        showTopics(q, dialogueId);
        var total = showPage();
        status.setText(total == 0 ? getTranslation("search.none", q) : getTranslation("search.count", total, q));
    }

    /** Topics whose texts, or whose programme's, match in either language (decision 025), above the hits. */
    private void showTopics(String q, Long dialogueId) {
        topicMatches.removeAll();
        var matching = programmes.topicsMatching(q, dialogueId, 10);
        topicMatches.setVisible(!matching.isEmpty());
        if (matching.isEmpty()) {
            return;
        }
        var list = new UnorderedList();
        for (var t : matching) {
            var link = BilingualText.anchor(
                    "dialogues/" + t.dialogueSlug() + "/topics/" + t.topicSlug(), t.topicTitle(), getLocale());
            link.setId("search-topic-" + t.topicId());
            var item = new ListItem(link, new Span(" · "), BilingualText.span(t.dialogueTitle(), getLocale()));
            list.add(item);
        }
        topicMatches.add(new H2(getTranslation("search.topics")), list);
    }

    /** Adds the next page of hits; the first new one takes the focus when it follows earlier ones. */
    private void showMore() {
        var first = results.getComponentCount();
        showPage();
        if (results.getComponentCount() > first) {
            var link = results.getComponentAt(first).getElement();
            link.setAttribute("tabindex", "-1");
            link.callJsFunction("focus");
        }
    }

    private int showPage() {
        var page = search.search(shown, nextOffset, PAGE);
        nextOffset += PAGE;
        var topics = programmes.topics(
                page.hits().stream().map(SearchHit::topicId).distinct().toList());
        for (var hit : page.hits()) {
            results.add(result(hit, topics.get(hit.topicId())));
        }
        more.setVisible(nextOffset < page.total());
        return page.total();
    }

    private Component result(SearchHit hit, TopicContext topicContext) {
        var card = new Article();
        card.setId(hit.elementId());
        card.addClassName("search-result");
        var meta = new Div(new StatusBadge(
                getTranslation("search.kind." + hit.kind().name()),
                hit.kind().name().toLowerCase(Locale.ROOT)));
        meta.addClassName("meta");
        if (topicContext != null) {
            meta.add(BilingualText.span(topicContext.topicTitle(), getLocale()), new Span(" · "));
        }
        meta.add(
                new Span(FormerResident.shown(hit.author(), this::getTranslation)),
                new Span(" · "),
                new Span(time.dateTime(hit.at(), getLocale())));
        if (hit.answered() && hit.kind() == HitKind.QUESTION) {
            meta.add(new StatusBadge(getTranslation("question.answered"), "answered"));
        }
        var body = new Paragraph();
        body.addClassName("search-snippet");
        for (TextFragment fragment : hit.fragments()) {
            var span = new Span(fragment.text());
            if (fragment.match()) {
                span.addClassName("mark");
                span.getStyle().set("background-color", "var(--lumo-warning-color-10pct, #fff3b0)");
                span.getStyle().set("font-weight", "600");
            }
            body.add(span);
        }
        card.add(meta, body, link(hit, topicContext));
        return card;
    }

    private Component link(SearchHit hit, TopicContext topicContext) {
        if (hit.questionId() == null && hit.kind() == HitKind.QUESTION) {
            return question(hit.id());
        }
        if (hit.questionId() != null) {
            return question(hit.questionId());
        }
        if (topicContext == null) {
            return new Span();
        }
        return new Anchor(
                "dialogues/" + topicContext.dialogueSlug() + "/topics/" + topicContext.topicSlug(),
                getTranslation("search.open-topic", topicContext.topicTitle()));
    }

    private Anchor question(long questionId) {
        var anchor = new Anchor("questions/" + questionId, getTranslation("search.open", questionId));
        anchor.addClassName("question-link");
        return anchor;
    }

    @Override
    public String getPageTitle() {
        var q = text.getValue().strip();
        return (q.isEmpty() ? "" : q + " · ") + getTranslation("search.title") + " · " + getTranslation("app.name");
    }
}
