package org.citizendialogue.admin.ui;

import java.util.function.BiConsumer;

import org.citizendialogue.dialogue.TopicDraft;
import org.citizendialogue.dialogue.TopicSummary;
import org.citizendialogue.shared.DomainException;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
    private final TextField title = new TextField();
    private final TextField slug = new TextField();
    private final TextArea summary = new TextArea();
    private final Button cancel = new Button();
    private Long editing;

    TopicForm(BiConsumer<Long, TopicDraft> onSave) {
        setPadding(false);
        addClassName("queue-card");
        title.setId("topic-title");
        title.setLabel(getTranslation("admin.topic.title"));
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(TopicDraft.TITLE_MAX);
        title.setWidthFull();
        slug.setId("topic-slug");
        slug.setLabel(getTranslation("admin.topic.slug"));
        slug.setHelperText(getTranslation("admin.slug.help"));
        slug.setRequiredIndicatorVisible(true);
        slug.setMaxLength(TopicDraft.SLUG_MAX);
        slug.setWidthFull();
        summary.setId("topic-summary");
        summary.setLabel(getTranslation("admin.topic.summary"));
        summary.setMaxLength(TopicDraft.SUMMARY_MAX);
        summary.setWidthFull();
        var save = new Button(getTranslation("admin.topic.save"),
                e -> onSave.accept(editing, new TopicDraft(title.getValue(), slug.getValue(), summary.getValue())));
        save.setId("topic-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancel.setText(getTranslation("action.cancel"));
        cancel.setId("topic-cancel");
        cancel.addClickListener(e -> reset());
        var actions = new Div(save, cancel);
        actions.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL);
        add(heading, title, slug, summary, actions);
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
        heading.setText(getTranslation("admin.topic.edit-heading", topic.title()));
        title.setValue(topic.title());
        slug.setValue(topic.slug());
        summary.setValue(topic.summary());
        cancel.setVisible(true);
        clearErrors();
        title.focus();
    }

    boolean showAtField(DomainException refused) {
        var message = getTranslation(refused.messageKey(), refused.arguments());
        HasValidation field = switch (String.valueOf(refused.field())) {
            case "title" -> title;
            case "slug" -> slug;
            case "summary" -> summary;
            default -> null;
        };
        if (field == null) {
            return false;
        }
        Fields.invalid(field, message);
        return true;
    }

    void clearErrors() {
        Fields.clear(title, slug, summary);
    }
}
