package org.citizendialogue.notification.ui;

import org.citizendialogue.notification.MailSetting;
import org.citizendialogue.notification.Notice;
import org.citizendialogue.notification.NoticeText;
import org.citizendialogue.notification.NotificationService;
import org.citizendialogue.shared.ui.BilingualText;
import org.citizendialogue.shared.ui.TimeFormat;
import org.citizendialogue.submission.RejectionReasons;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;

/** The person's notices (newest first, unread marked), what they follow, and how much e-mail they want. */
class NotificationsPanel extends Section {

    private static final int LIMIT = 50;

    private final NotificationService notifications;
    private final TimeFormat time;
    private final Div notices = new Div();
    private final Div follows = new Div();

    private final RejectionReasons reasons;

    NotificationsPanel(NotificationService notifications, TimeFormat time, RejectionReasons reasons) {
        this.reasons = reasons;
        this.notifications = notifications;
        this.time = time;
        setId("notifications");
        addClassName("notifications");
        notices.addClassName("notice-list");
        var markRead = new Button(getTranslation("notifications.mark-read"), e -> {
            notifications.markAllRead();
            showNotices();
        });
        markRead.setId("notifications-mark-read");
        markRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(
                new H2(getTranslation("notifications.title")),
                markRead,
                notices,
                new H2(getTranslation("follows.title")),
                follows,
                mailSetting());
        showNotices();
        showFollows();
    }

    private void showNotices() {
        notices.removeAll();
        var list = notifications.notices(LIMIT);
        if (list.isEmpty()) {
            notices.add(new Paragraph(getTranslation("notifications.empty")));
        }
        list.forEach(n -> notices.add(item(n)));
    }

    private Component item(Notice n) {
        var card = new Article();
        card.setId("notification-" + n.id());
        card.addClassName("notice");
        if (n.unread()) {
            card.addClassName("unread");
        }
        card.getElement().setAttribute("data-read", String.valueOf(!n.unread()));
        var meta = new Span(time.dateTime(n.createdAt(), getLocale())
                + (n.unread() ? " · " + getTranslation("notifications.unread") : ""));
        meta.addClassName("meta");
        // the excerpt is user text: Paragraph escapes it
        card.add(
                meta,
                new Paragraph(NoticeText.of(n, this::getTranslation, code -> reasons.publicText(code, getLocale()))));
        if (n.questionId() != null) {
            card.add(new Anchor("questions/" + n.questionId(), getTranslation("me.view-public")));
        }
        return card;
    }

    private void showFollows() {
        follows.removeAll();
        var list = notifications.follows();
        if (list.isEmpty()) {
            follows.add(new Paragraph(getTranslation("follows.empty")));
        }
        for (var f : list) {
            var stop = new Button(getTranslation("follow.stop"), e -> {
                notifications.unfollow(f.target(), f.targetId());
                showFollows();
            });
            stop.setId("unfollow-" + f.target().name().toLowerCase() + "-" + f.targetId());
            stop.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            var row = new Div(
                    new Span(getTranslation("follows.kind." + f.target().name()) + " · "),
                    BilingualText.anchor(f.path(), f.label(), getLocale()),
                    stop);
            row.setId("followed-" + f.target().name().toLowerCase() + "-" + f.targetId());
            row.addClassName("followed");
            follows.add(row);
        }
    }

    private Component mailSetting() {
        var setting = new Select<MailSetting>();
        setting.setId("email-setting");
        setting.setLabel(getTranslation("email.setting"));
        setting.setItems(MailSetting.values());
        setting.setItemLabelGenerator(s -> getTranslation("email.setting." + s.name()));
        setting.setValue(notifications.mailSetting());
        setting.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                notifications.changeMailSetting(e.getValue());
            }
        });
        return setting;
    }
}
