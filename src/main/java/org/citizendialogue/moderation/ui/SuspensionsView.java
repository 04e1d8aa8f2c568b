package org.citizendialogue.moderation.ui;

import jakarta.annotation.security.RolesAllowed;

import org.citizendialogue.account.Suspension;
import org.citizendialogue.account.Suspensions;
import org.citizendialogue.shared.ui.MainLayout;
import org.citizendialogue.shared.ui.PageButtons;
import org.citizendialogue.shared.ui.TimeFormat;
import org.citizendialogue.shared.ui.Toasts;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** The residents suspended now, the soonest to return first, a page at a time, each with "Lift". */
@Route(value = "moderation/suspensions", layout = MainLayout.class)
@RolesAllowed({"MODERATOR", "ADMIN"})
class SuspensionsView extends VerticalLayout implements HasDynamicTitle {

    static final int PAGE_SIZE = 20;

    private final Suspensions suspensions;
    private final TimeFormat time;
    private final Div list = new Div();
    private final Paragraph status = new Paragraph();
    private final PageButtons paging =
            new PageButtons("suspensions-previous", "suspensions-next", PAGE_SIZE, this::page);

    SuspensionsView(Suspensions suspensions, TimeFormat time) {
        this.suspensions = suspensions;
        this.time = time;
        addClassName("page");
        list.setId("suspensions");
        list.addClassName("queue");
        status.setId("suspensions-status");
        status.getElement().setAttribute("role", "status");
        add(
                new ModerationNav(ModerationNav.Page.SUSPENSIONS),
                new H1(getTranslation("suspension.list.title")),
                new Paragraph(getTranslation("suspension.list.intro")),
                status,
                list,
                paging);
        paging.first();
    }

    private void page(int offset) {
        var rows = paging.shown(suspensions.inForce(offset, paging.fetchSize()));
        list.removeAll();
        rows.forEach(s -> list.add(card(s)));
        status.setText(
                rows.isEmpty()
                        ? getTranslation("suspension.list.empty")
                        : getTranslation("suspension.list.showing", offset + 1, offset + rows.size()));
    }

    private Article card(Suspension s) {
        var card = new Article();
        card.setId("suspension-" + s.accountId());
        card.addClassName("queue-card");
        var name = new H2(s.accountName());
        name.addClassName(LumoUtility.FontSize.LARGE);
        var lift = new Button(getTranslation("suspension.lift"), e -> {
            suspensions.lift(s.accountId());
            Toasts.success(getTranslation("suspension.lifted", s.accountName()));
            paging.reload();
        });
        lift.setId("lift-" + s.accountId());
        lift.getElement().setAttribute("aria-label", getTranslation("suspension.lift-aria", s.accountName()));
        var actions = new Div(lift);
        actions.addClassName("actions");
        card.add(
                name,
                new Paragraph(getTranslation("suspension.list.until", time.dateTime(s.untilAt(), getLocale()))),
                new Paragraph(getTranslation("suspension.list.reason", s.reason())),
                new Paragraph(getTranslation(
                        "suspension.list.by", s.suspendedByName(), time.dateTime(s.startsAt(), getLocale()))),
                actions);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("suspension.list.title") + " · " + getTranslation("app.name");
    }
}
