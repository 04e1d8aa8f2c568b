package org.citizendialogue.admin.ui;

import jakarta.annotation.security.RolesAllowed;

import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.ui.MainLayout;
import org.citizendialogue.shared.ui.ServerRefusals;
import org.citizendialogue.shared.ui.Toasts;
import org.citizendialogue.submission.BlockedPhrase;
import org.citizendialogue.submission.BlockedPhrases;
import org.citizendialogue.submission.PhraseAction;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * Blocked words and phrases: add one with its action (refuse the submission, or hold it for
 * moderation with a flag), change a phrase's action, remove it. Every change is audited by the
 * service.
 */
@Route(value = "admin/blocked-words", layout = MainLayout.class)
@RolesAllowed("ADMIN")
class BlockedWordsView extends VerticalLayout implements HasDynamicTitle {

    private final BlockedPhrases blocked;
    private final TextField phrase = new TextField();
    private final Select<PhraseAction> action = new Select<>();
    private final UnorderedList list = new UnorderedList();
    private final ServerRefusals refusals = new ServerRefusals();

    BlockedWordsView(BlockedPhrases blocked) {
        this.blocked = blocked;
        addClassName("page");
        phrase.setId("blocked-phrase");
        phrase.setLabel(getTranslation("admin.blocked.phrase"));
        phrase.setHelperText(getTranslation("admin.blocked.phrase.help", BlockedPhrases.PHRASE_MAX));
        phrase.setMaxLength(BlockedPhrases.PHRASE_MAX);
        phrase.setWidthFull();
        phrase.addKeyPressListener(Key.ENTER, e -> add());
        action.setId("blocked-action");
        action.setLabel(getTranslation("admin.blocked.action"));
        action.setItems(PhraseAction.values());
        action.setItemLabelGenerator(a -> getTranslation(a.messageKey()));
        action.setValue(PhraseAction.REFUSE);
        var submit = new Button(getTranslation("admin.blocked.add"), e -> add());
        submit.setId("blocked-add");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        list.setId("blocked-list");
        list.addClassName("blocked-list");
        list.setWidthFull();
        add(
                new AdminNav(AdminNav.Page.BLOCKED),
                new H1(getTranslation("admin.blocked.title")),
                new Paragraph(getTranslation("admin.blocked.intro")),
                phrase,
                action,
                submit,
                new H2(getTranslation("admin.blocked.listed")),
                list);
        refusals.bind("phrase", phrase);
        refusals.bind("action", action);
        refresh();
    }

    private void add() {
        refusals.clear();
        try {
            blocked.add(phrase.getValue(), action.getValue());
            Toasts.success(getTranslation("admin.blocked.added"));
            phrase.clear();
            refresh();
        } catch (DomainException refused) {
            refusals.showOrThrow(refused);
        }
    }

    private void refresh() {
        list.removeAll();
        var phrases = blocked.list();
        if (phrases.isEmpty()) {
            var empty = new ListItem(getTranslation("admin.blocked.empty"));
            empty.setId("blocked-empty");
            list.add(empty);
        }
        phrases.forEach(p -> list.add(row(p)));
    }

    private ListItem row(BlockedPhrase p) {
        var text = new Span(p.phrase());
        text.addClassName(LumoUtility.FontWeight.SEMIBOLD);
        text.getElement().setAttribute("lang", "");
        var change = new Select<PhraseAction>();
        change.setId("blocked-action-" + p.id());
        change.setAriaLabel(getTranslation("admin.blocked.action-of", p.phrase()));
        change.setItems(PhraseAction.values());
        change.setItemLabelGenerator(a -> getTranslation(a.messageKey()));
        change.setValue(p.action());
        change.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                blocked.changeAction(p.id(), e.getValue());
                Toasts.success(getTranslation("admin.blocked.changed"));
            }
        });
        var remove = new Button(getTranslation("admin.blocked.remove"), e -> {
            blocked.remove(p.id());
            Toasts.success(getTranslation("admin.blocked.removed"));
            refresh();
        });
        remove.setId("blocked-remove-" + p.id());
        remove.setAriaLabel(getTranslation("admin.blocked.remove-of", p.phrase()));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        var row = new Div(text, change, remove);
        row.addClassNames(
                LumoUtility.Display.FLEX,
                LumoUtility.FlexWrap.WRAP,
                LumoUtility.Gap.MEDIUM,
                LumoUtility.AlignItems.CENTER);
        var item = new ListItem(row);
        item.setId("blocked-row-" + p.id());
        return item;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.blocked.title") + " · " + getTranslation("app.name");
    }
}
