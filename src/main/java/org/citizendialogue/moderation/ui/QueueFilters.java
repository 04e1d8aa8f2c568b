package org.citizendialogue.moderation.ui;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import org.citizendialogue.programme.ProgrammeCard;
import org.citizendialogue.programme.ProgrammeService;
import org.citizendialogue.programme.TopicContext;
import org.citizendialogue.submission.QueueFilter;
import org.citizendialogue.submission.SubmissionKind;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;

/**
 * The queue's filters: programme, topic of that programme, kind and age. Hands the whole filter
 * back on every change. Selects only, no typing fields, so the queue's keys never fire in them.
 */
class QueueFilters extends Div {

    static final List<Integer> AGES = List.of(0, 5, 15, 60);

    private final Select<ProgrammeCard> programme = new Select<>();
    private final Select<TopicContext> topic = new Select<>();
    private final Select<SubmissionKind> kind = new Select<>();
    private final Select<Integer> age = new Select<>();

    QueueFilters(ProgrammeService programmes, Consumer<QueueFilter> onChange) {
        addClassName("filters");
        programme.setId("queue-filter-programme");
        programme.setLabel(getTranslation("moderation.filter.programme"));
        programme.setItems(programmes.publicProgrammes());
        programme.setItemLabelGenerator(d -> d == null ? "" : d.title().in(getLocale()));
        programme.setEmptySelectionAllowed(true);
        programme.setEmptySelectionCaption(getTranslation("moderation.filter.any-programme"));
        programme.setPlaceholder(getTranslation("moderation.filter.any-programme"));
        topic.setId("queue-filter-topic");
        topic.setLabel(getTranslation("moderation.filter.topic"));
        topic.setItemLabelGenerator(t -> t == null ? "" : t.topicTitle().in(getLocale()));
        topic.setEmptySelectionAllowed(true);
        topic.setEmptySelectionCaption(getTranslation("moderation.filter.any-topic"));
        topic.setPlaceholder(getTranslation("moderation.filter.any-topic"));
        topic.setEnabled(false);
        topic.setHelperText(getTranslation("moderation.filter.topic-help"));
        kind.setId("queue-filter-kind");
        kind.setLabel(getTranslation("moderation.filter.kind"));
        kind.setItems(SubmissionKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("kind." + k));
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("moderation.filter.any-kind"));
        kind.setPlaceholder(getTranslation("moderation.filter.any-kind"));
        age.setId("queue-filter-age");
        age.setLabel(getTranslation("moderation.filter.age"));
        age.setItems(AGES);
        age.setItemLabelGenerator(m -> m == null || m == 0
                ? getTranslation("moderation.filter.any-age")
                : getTranslation("moderation.filter.older-than", m));
        age.setValue(0);
        programme.addValueChangeListener(e -> {
            topic.setItems(
                    e.getValue() == null
                            ? List.of()
                            : programmes.topicsOf(List.of(e.getValue().id())));
            topic.setEnabled(e.getValue() != null);
            topic.setHelperText(e.getValue() == null ? getTranslation("moderation.filter.topic-help") : null);
            onChange.accept(filter());
        });
        topic.addValueChangeListener(e -> onChange.accept(filter()));
        kind.addValueChangeListener(e -> onChange.accept(filter()));
        age.addValueChangeListener(e -> onChange.accept(filter()));
        add(programme, topic, kind, age);
    }

    QueueFilter filter() {
        var minutes = age.getValue() == null ? 0 : age.getValue();
        return new QueueFilter(
                programme.getValue() == null ? null : programme.getValue().id(),
                topic.getValue() == null ? null : topic.getValue().topicId(),
                kind.getValue(),
                minutes == 0 ? null : Duration.ofMinutes(minutes));
    }
}
