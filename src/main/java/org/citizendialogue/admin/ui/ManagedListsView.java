package org.citizendialogue.admin.ui;

import jakarta.annotation.security.RolesAllowed;

import org.citizendialogue.shared.ui.MainLayout;
import org.citizendialogue.submission.RejectionReasons;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/**
 * The lists moderators work with. The active rejection reasons are listed here and edited on
 * their own page; blocked words and answer templates arrive with the moderation and answer features.
 */
@Route(value = "admin/lists", layout = MainLayout.class)
@RolesAllowed("ADMIN")
class ManagedListsView extends VerticalLayout implements HasDynamicTitle {

    ManagedListsView(RejectionReasons managed) {
        addClassName("page");
        var reasons = new UnorderedList();
        reasons.setId("admin-rejection-reasons");
        for (var reason : managed.active()) {
            reasons.add(new ListItem(reason.text(getLocale())));
        }
        var edit = new Anchor("admin/rejection-reasons", getTranslation("admin.lists.reasons.edit"));
        edit.setId("admin-rejection-reasons-edit");
        add(
                new AdminNav(AdminNav.Page.LISTS),
                new H1(getTranslation("admin.lists.title")),
                new H2(getTranslation("admin.lists.reasons")),
                new Paragraph(getTranslation("admin.lists.reasons.note")),
                reasons,
                new Paragraph(edit),
                new H2(getTranslation("admin.lists.blocked")),
                new Paragraph(getTranslation("admin.lists.blocked.note")),
                new Paragraph(link("admin-blocked-words-edit", "admin/blocked-words", "admin.lists.blocked.edit")),
                new H2(getTranslation("admin.lists.templates")),
                new Paragraph(getTranslation("admin.lists.templates.note")),
                new Paragraph(link("admin-templates-edit", "answers/templates", "admin.lists.templates.edit")));
    }

    private Anchor link(String id, String href, String key) {
        var anchor = new Anchor(href, getTranslation(key));
        anchor.setId(id);
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.lists.title") + " · " + getTranslation("app.name");
    }
}
