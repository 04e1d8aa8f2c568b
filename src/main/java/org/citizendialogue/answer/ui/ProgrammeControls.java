package org.citizendialogue.answer.ui;

import org.citizendialogue.programme.ProgrammeCard;
import org.citizendialogue.programme.ProgrammeService;
import org.citizendialogue.programme.ProgrammeStatus;
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

    private final ProgrammeService programmes;
    private final Runnable afterChange;
    private final Div list = new Div();

    ProgrammeControls(ProgrammeService programmes, Runnable afterChange) {
        this.programmes = programmes;
        this.afterChange = afterChange;
        addClassName("programme-controls");
        add(new H2(getTranslation("programme.controls")), list);
        refresh();
    }

    void refresh() {
        list.removeAll();
        for (var d : programmes.manageable()) {
            list.add(card(d));
        }
    }

    private Article card(ProgrammeCard d) {
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
                programmes.changeStatus(d.id(), target);
                Toasts.success(getTranslation("programme.moved", getTranslation("status." + target)));
                refresh();
                afterChange.run();
            });
            button.setId("programme-status-" + d.slug() + "-" + target.name().toLowerCase());
            if (target == ProgrammeStatus.LIVE) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            actions.add(button);
        }
        if (d.status() == ProgrammeStatus.LIVE) {
            actions.add(new Anchor("live/" + d.slug(), getTranslation("live.open-wall")));
        }
        card.add(meta, actions);
        return card;
    }
}
