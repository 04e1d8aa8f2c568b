package org.citizendialogue.admin.ui;

import org.citizendialogue.shared.ui.MainLayout;
import org.citizendialogue.submission.RejectionReason;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The lists moderators work with. Rejection reasons are fixed in code for now, so they are shown
 * read-only; blocked words and answer templates arrive with the moderation and answer features.
 */
@Route(value = "admin/lists", layout = MainLayout.class)
@RolesAllowed("ADMIN")
class ManagedListsView extends VerticalLayout implements HasDynamicTitle {

    ManagedListsView() {
        addClassName("page");
        var reasons = new UnorderedList();
        reasons.setId("admin-rejection-reasons");
        for (var reason : RejectionReason.values()) {
            reasons.add(new ListItem(getTranslation(reason.messageKey())));
        }
        add(new AdminNav(AdminNav.Page.LISTS), new H1(getTranslation("admin.lists.title")),
                new H2(getTranslation("admin.lists.reasons")), new Paragraph(getTranslation("admin.lists.reasons.note")),
                reasons, new H2(getTranslation("admin.lists.later")), new Paragraph(getTranslation("admin.lists.later.note")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.lists.title") + " · " + getTranslation("app.name");
    }
}
