package org.citizendialogue.answer.ui;

import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.citizendialogue.answer.AnswerTemplates;
import org.citizendialogue.programme.ProgrammeCard;
import org.citizendialogue.programme.ProgrammeService;
import org.citizendialogue.shared.Bilingual;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.ui.BilingualText;
import org.citizendialogue.shared.ui.LanguagePair;
import org.citizendialogue.shared.ui.MainLayout;
import org.citizendialogue.shared.ui.ServerRefusals;
import org.citizendialogue.shared.ui.Toasts;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
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

/**
 * Answer templates for admins: a minimal, self-contained page until the admin area takes it in.
 * A template belongs to one programme or to all.
 */
@Route(value = "answers/templates", layout = MainLayout.class)
@RolesAllowed("ADMIN")
class AnswerTemplatesView extends VerticalLayout implements HasDynamicTitle {

    private final AnswerTemplates templates;
    private final Div list = new Div();
    private final LanguagePair<TextField> title;
    private final LanguagePair<TextArea> body;
    private final Select<ProgrammeCard> programme = new Select<>();
    private final ServerRefusals refusals = new ServerRefusals();
    private Map<Long, Bilingual> programmeTitles = Map.of();

    AnswerTemplatesView(AnswerTemplates templates, ProgrammeService programmes) {
        this.templates = templates;
        addClassName("page");
        var manageable = programmes.manageable();
        programmeTitles = manageable.stream().collect(Collectors.toMap(ProgrammeCard::id, ProgrammeCard::title));
        title = LanguagePair.textFields(
                "template-title",
                getTranslation("templates.field.title"),
                AnswerTemplates.TITLE_MAX,
                true,
                this::getTranslation);
        body = LanguagePair.textAreas(
                "template-body",
                getTranslation("templates.field.body"),
                AnswerTemplates.BODY_MAX,
                true,
                this::getTranslation);
        refusals.bind("title", title);
        refusals.bind("body", body);
        programme.setId("template-programme");
        programme.setLabel(getTranslation("templates.field.programme"));
        programme.setItems(manageable);
        programme.setItemLabelGenerator(d -> d == null ? "" : d.title().in(getLocale()));
        programme.setEmptySelectionAllowed(true);
        programme.setEmptySelectionCaption(getTranslation("templates.global"));
        var save = new Button(getTranslation("templates.add"), e -> add());
        save.setId("template-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var texts = new FormLayout(title.zh, title.en, body.zh, body.en);
        texts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        texts.setWidthFull();
        add(
                new H1(getTranslation("templates.title")),
                new Paragraph(getTranslation("templates.intro")),
                list,
                new H2(getTranslation("templates.new")),
                programme,
                texts,
                save);
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
            var scope = t.dialogueId() == null
                    ? new Span(getTranslation("templates.global"))
                    : programmeTitles.containsKey(t.dialogueId())
                            ? BilingualText.span(programmeTitles.get(t.dialogueId()), getLocale())
                            : new Span(String.valueOf(t.dialogueId()));
            var meta = new Div(BilingualText.span(t.title(), getLocale()), scope);
            meta.addClassName("meta");
            var remove = new Button(getTranslation("templates.remove"), e -> {
                templates.remove(t.id());
                refresh();
            });
            remove.setId("template-delete-" + t.id());
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            card.add(meta, BilingualText.show(new Paragraph(), t.body(), getLocale()), remove);
            list.add(card);
        }
    }

    private void add() {
        refusals.clear();
        try {
            templates.add(
                    programme.getValue() == null ? null : programme.getValue().id(), title.value(), body.value());
            title.clear();
            body.clear();
            Toasts.success(getTranslation("templates.added"));
            refresh();
        } catch (DomainException refused) {
            refusals.showOrThrow(refused);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("templates.title") + " · " + getTranslation("app.name");
    }
}
