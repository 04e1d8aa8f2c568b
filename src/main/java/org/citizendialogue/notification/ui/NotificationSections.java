package org.citizendialogue.notification.ui;

import org.citizendialogue.notification.NotificationService;
import org.citizendialogue.shared.ui.PersonalPageSection;
import org.citizendialogue.shared.ui.TimeFormat;
import org.citizendialogue.submission.RejectionReasons;
import org.springframework.stereotype.Component;

/** Puts notices, follows and the e-mail setting on the person's own page. */
@Component
class NotificationSections implements PersonalPageSection {

    private final NotificationService notifications;
    private final TimeFormat time;

    private final RejectionReasons reasons;

    NotificationSections(NotificationService notifications, TimeFormat time, RejectionReasons reasons) {
        this.reasons = reasons;
        this.notifications = notifications;
        this.time = time;
    }

    @Override
    public int position() {
        return 10;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        return new NotificationsPanel(notifications, time, reasons);
    }
}
