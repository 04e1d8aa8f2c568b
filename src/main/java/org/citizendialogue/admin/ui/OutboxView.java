package org.citizendialogue.admin.ui;

import jakarta.annotation.security.RolesAllowed;

import org.citizendialogue.notification.Outbox;
import org.citizendialogue.shared.NotFoundException;
import org.citizendialogue.shared.ui.MainLayout;
import org.citizendialogue.shared.ui.TimeFormat;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/**
 * The demo outbox (decision 021): in demo mode without an SMTP server, the e-mails the portal
 * sent, newest first, as plain text (never HTML: links show as text). Elsewhere the page does not
 * exist (404). Ids: {@code outbox-list}, {@code outbox-empty}, {@code outbox-mail-{n}}.
 */
@Route(value = "admin/outbox", layout = MainLayout.class)
@RolesAllowed("ADMIN")
class OutboxView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Outbox outbox;
    private final TimeFormat time;

    OutboxView(Outbox outbox, TimeFormat time) {
        this.outbox = outbox;
        this.time = time;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!outbox.available()) {
            throw new NotFoundException();
        }
        removeAll();
        var mails = outbox.latest();
        add(
                new AdminNav(AdminNav.Page.OUTBOX),
                new H1(getTranslation("admin.outbox.title")),
                new Paragraph(getTranslation("admin.outbox.intro", Outbox.KEEP)));
        var list = new Div();
        list.setId("outbox-list");
        list.setWidthFull();
        if (mails.isEmpty()) {
            var empty = new Paragraph(getTranslation("admin.outbox.empty"));
            empty.setId("outbox-empty");
            list.add(empty);
        }
        int n = 0;
        for (var mail : mails) {
            var item = new Article();
            item.setId("outbox-mail-" + n++);
            item.addClassName("outbox-mail");
            var text = new Div();
            text.setText(mail.text());
            text.addClassName("outbox-text");
            text.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
            var to = new Paragraph(getTranslation("admin.outbox.to", mail.to()));
            to.getStyle().set("overflow-wrap", "anywhere");
            item.add(
                    new H2(mail.subject()),
                    to,
                    new Paragraph(getTranslation("admin.outbox.sent", time.dateTime(mail.sentAt(), getLocale()))),
                    text);
            list.add(item);
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.outbox.title") + " · " + getTranslation("app.name");
    }
}
