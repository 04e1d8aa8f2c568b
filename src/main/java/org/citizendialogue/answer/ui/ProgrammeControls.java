package org.citizendialogue.answer.ui;

import org.citizendialogue.dialogue.DialogueCard;
import org.citizendialogue.dialogue.DialogueService;
import org.citizendialogue.dialogue.DialogueStatus;
import org.citizendialogue.shared.ui.BilingualText;
import org.citizendialogue.shared.ui.StatusBadge;
import org.citizendialogue.shared.ui.Toasts;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;

/** Moves the programmes through their lifecycle: open, go live, close, archive. */
class ProgrammeControls extends Section {

    private final DialogueService dialogues;
    private final Runnable afterChange;
    private final Div list = new Div();

    ProgrammeControls(DialogueService dialogues, Runnable afterChange) {
        this.dialogues = dialogues;
        this.afterChange = afterChange;
        addClassName("programme-controls");
        add(new H2(getTranslation("programme.controls")), list);
        refresh();
    }

    void refresh() {
        list.removeAll();
        for (var d : dialogues.manageable()) {
            list.add(card(d));
        }
    }

    private Article card(DialogueCard d) {
        var card = new Article();
        card.addClassName("queue-card");
        card.setId("programme-" + d.slug());
        var meta = new Div(
                new StatusBadge(
                        getTranslation("status." + d.status()),
                        d.status().name().toLowerCase()),
                BilingualText.anchor("dialogues/" + d.slug(), d.title(), getLocale()));
        meta.addClassName("meta");
        var actions = new Div();
        actions.addClassName("actions");
        for (var target : d.status().next()) {
            var button = new Button(getTranslation("programme.move." + target), e -> {
                dialogues.changeStatus(d.id(), target);
                Toasts.success(getTranslation("programme.moved", getTranslation("status." + target)));
                refresh();
                afterChange.run();
            });
            button.setId("programme-status-" + d.slug() + "-" + target.name().toLowerCase());
            if (target == DialogueStatus.LIVE) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            actions.add(button);
        }
        if (d.status() == DialogueStatus.LIVE) {
            actions.add(new Anchor("live/" + d.slug(), getTranslation("live.open-wall")));
        }
        card.add(meta, actions);
        return card;
    }
}
