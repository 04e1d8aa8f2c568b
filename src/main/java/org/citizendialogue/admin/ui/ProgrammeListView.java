package org.citizendialogue.admin.ui;

import jakarta.annotation.security.RolesAllowed;

import org.citizendialogue.programme.ProgrammeAdmin;
import org.citizendialogue.programme.ProgrammeCard;
import org.citizendialogue.shared.ui.BilingualText;
import org.citizendialogue.shared.ui.MainLayout;
import org.citizendialogue.shared.ui.StatusBadge;
import org.citizendialogue.shared.ui.TimeFormat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/** Every programme, drafts and archived ones too, each linking to its edit page. */
@Route(value = "admin/programmes", layout = MainLayout.class)
@RolesAllowed("ADMIN")
class ProgrammeListView extends VerticalLayout implements HasDynamicTitle {

    ProgrammeListView(ProgrammeAdmin programmes, TimeFormat time) {
        addClassName("page");
        var create = new Anchor("admin/programmes/new", getTranslation("admin.programmes.new"));
        create.setId("admin-programme-new");
        var list = new Div();
        list.setWidthFull();
        var all = programmes.programmes();
        if (all.isEmpty()) {
            list.add(new Paragraph(getTranslation("admin.programmes.none")));
        }
        for (var card : all) {
            list.add(card(card, time));
        }
        add(new AdminNav(AdminNav.Page.PROGRAMMES), new H1(getTranslation("admin.programmes.title")), create, list);
    }

    private Article card(ProgrammeCard d, TimeFormat time) {
        var card = new Article();
        card.addClassName("queue-card");
        card.setId("admin-programme-" + d.id());
        var link = BilingualText.anchor("admin/programmes/" + d.id(), d.title(), getLocale());
        link.setId("admin-programme-open-" + d.id());
        var meta = new Div(
                new StatusBadge(
                        getTranslation("status." + d.status()),
                        d.status().name().toLowerCase()),
                new Span(d.slug()),
                new Span(time.dateTime(d.startsAt(), getLocale())));
        meta.addClassName("meta");
        card.add(
                new H2(link),
                meta,
                new Paragraph(
                        BilingualText.span(d.guestName(), getLocale()),
                        new Span(" — "),
                        BilingualText.span(d.bureauName(), getLocale())));
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.programmes.title") + " · " + getTranslation("app.name");
    }
}
