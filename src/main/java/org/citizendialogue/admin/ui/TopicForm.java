package org.citizendialogue.admin.ui;

import java.util.function.BiConsumer;

import org.citizendialogue.programme.TopicDraft;
import org.citizendialogue.programme.TopicSummary;
import org.citizendialogue.shared.Bilingual;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.ui.LanguagePair;
import org.citizendialogue.shared.ui.ServerRefusals;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * Adds a topic, or edits the one picked from the list. Hands the draft and the id of the topic
 * being edited (null for a new one) to its owner.
 */
class TopicForm extends VerticalLayout {

    private final H3 heading = new H3();
    private final LanguagePair<TextField> title;
    private final TextField slug = new TextField();
    private final LanguagePair<TextArea> summary;
    private final Button cancel = new Button();
    private final ServerRefusals refusals = new ServerRefusals();
    private Long editing;

    TopicForm(BiConsumer<Long, TopicDraft> onSave) {
        setPadding(false);
        addClassName("queue-card");
        title = LanguagePair.textFields(
                "topic-title", getTranslation("admin.topic.title"), TopicDraft.TITLE_MAX, true, this::getTranslation);
        summary = LanguagePair.textAreas(
                "topic-summary",
                getTranslation("admin.topic.summary"),
                TopicDraft.SUMMARY_MAX,
                false,
                this::getTranslation);
        slug.setId("topic-slug");
        slug.setLabel(getTranslation("admin.topic.slug"));
        slug.setHelperText(getTranslation("admin.slug.help"));
        slug.setRequiredIndicatorVisible(true);
        slug.setMaxLength(TopicDraft.SLUG_MAX);
        slug.setWidthFull();
        refusals.bind("title", title);
        refusals.bind("slug", slug);
        refusals.bind("summary", summary);
        var save = new Button(
                getTranslation("admin.topic.save"),
                e -> onSave.accept(editing, new TopicDraft(title.value(), slug.getValue(), summary.value())));
        save.setId("topic-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancel.setText(getTranslation("action.cancel"));
        cancel.setId("topic-cancel");
        cancel.addClickListener(e -> reset());
        var actions = new Div(save, cancel);
        actions.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL);
        var texts = new FormLayout(title.zh, title.en, summary.zh, summary.en);
        texts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        texts.setWidthFull();
        add(heading, texts, slug, actions);
        reset();
    }

    /** Back to an empty "add a topic" form. */
    void reset() {
        editing = null;
        heading.setText(getTranslation("admin.topic.add"));
        title.clear();
        slug.clear();
        summary.clear();
        cancel.setVisible(false);
        clearErrors();
    }

    void edit(TopicSummary topic) {
        editing = topic.id();
        heading.setText(getTranslation("admin.topic.edit-heading", topic.title().in(getLocale())));
        title.show(topic.title());
        slug.setValue(topic.slug());
        summary.show(topic.summary());
        cancel.setVisible(true);
        clearErrors();
        (topic.title().zh() != null || Bilingual.isChinese(getLocale()) ? title.zh : title.en).focus();
    }

    /** Shows a refusal next to its field; false when it belongs to no field of this form. */
    boolean showAtField(DomainException refused) {
        return refusals.show(refused);
    }

    void clearErrors() {
        refusals.clear();
    }
}
