package org.citizendialogue.answer.ui;

import org.citizendialogue.answer.AnswerTemplates;
import org.citizendialogue.dialogue.DialogueCard;
import org.citizendialogue.dialogue.DialogueService;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.ui.MainLayout;
import org.citizendialogue.shared.ui.Toasts;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Answer templates for admins: a minimal, self-contained page until the admin area takes it in.
 * A template belongs to one programme or to all.
 */
@Route(value = "answers/templates", layout = MainLayout.class)
@RolesAllowed("ADMIN")
class AnswerTemplatesView extends VerticalLayout implements HasDynamicTitle {

    private final AnswerTemplates templates;
    private final Div list = new Div();
    private final TextField title = new TextField();
    private final TextArea body = new TextArea();
    private final Select<DialogueCard> programme = new Select<>();
    private java.util.Map<Long, String> programmeTitles = java.util.Map.of();

    AnswerTemplatesView(AnswerTemplates templates, DialogueService dialogues) {
        this.templates = templates;
        addClassName("page");
        var programmes = dialogues.manageable();
        programmeTitles = programmes.stream().collect(java.util.stream.Collectors.toMap(DialogueCard::id, DialogueCard::title));
        title.setId("template-title");
        title.setLabel(getTranslation("templates.field.title"));
        title.setMaxLength(AnswerTemplates.TITLE_MAX);
        body.setId("template-body");
        body.setLabel(getTranslation("templates.field.body"));
        body.setWidthFull();
        programme.setId("template-programme");
        programme.setLabel(getTranslation("templates.field.programme"));
        programme.setItems(programmes);
        programme.setItemLabelGenerator(d -> d == null ? "" : d.title());
        programme.setEmptySelectionAllowed(true);
        programme.setEmptySelectionCaption(getTranslation("templates.global"));
        var save = new Button(getTranslation("templates.add"), e -> add());
        save.setId("template-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("templates.title")), new Paragraph(getTranslation("templates.intro")), list,
                new H2(getTranslation("templates.new")), title, programme, body, save);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var all = templates.all();
        if (all.isEmpty()) {
            list.add(new Paragraph(getTranslation("templates.empty")));
        }
        for (var t : all) {
            var card = new Article();
            card.setId("template-" + t.id());
            card.addClassName("queue-card");
            var scope = t.dialogueId() == null ? getTranslation("templates.global")
                    : programmeTitles.getOrDefault(t.dialogueId(), String.valueOf(t.dialogueId()));
            var meta = new Div(new Span(t.title()), new Span(scope));
            meta.addClassName("meta");
            var remove = new Button(getTranslation("templates.remove"), e -> {
                templates.remove(t.id());
                refresh();
            });
            remove.setId("template-delete-" + t.id());
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            card.add(meta, new Paragraph(t.body()), remove);
            list.add(card);
        }
    }

    private void add() {
        title.setInvalid(false);
        body.setInvalid(false);
        try {
            templates.add(programme.getValue() == null ? null : programme.getValue().id(), title.getValue(), body.getValue());
            title.clear();
            body.clear();
            Toasts.success(getTranslation("templates.added"));
            refresh();
        } catch (DomainException refused) {
            var field = "title".equals(refused.field()) ? title : body;
            field.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
            field.setInvalid(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("templates.title") + " · " + getTranslation("app.name");
    }
}
