package org.citizendialogue.portal.ui;

import org.citizendialogue.notification.FollowTarget;
import org.citizendialogue.notification.NotificationService;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

/** Follows or unfollows a topic or a question: its new answers then come as notices. */
class FollowToggle extends Button {

    private final NotificationService notifications;
    private final FollowTarget target;
    private final long targetId;
    private boolean following;

    private FollowToggle(NotificationService notifications, FollowTarget target, long targetId, String id) {
        this.notifications = notifications;
        this.target = target;
        this.targetId = targetId;
        this.following = notifications.isFollowing(target, targetId);
        setId(id);
        addThemeVariants(ButtonVariant.LUMO_SMALL);
        addClickListener(e -> toggle());
        show();
    }

    static FollowToggle topic(NotificationService notifications, long topicId) {
        return new FollowToggle(notifications, FollowTarget.TOPIC, topicId, "follow-topic");
    }

    static FollowToggle question(NotificationService notifications, long questionId) {
        return new FollowToggle(notifications, FollowTarget.QUESTION, questionId, "follow-question-" + questionId);
    }

    private void toggle() {
        if (following) {
            notifications.unfollow(target, targetId);
        } else {
            notifications.follow(target, targetId);
        }
        following = !following;
        show();
    }

    private void show() {
        setText(getTranslation(following ? "follow.stop" : "follow.start." + target.name()));
        getElement().setAttribute("aria-pressed", String.valueOf(following));
    }
}
