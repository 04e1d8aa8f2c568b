package org.citizendialogue.notification;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.citizendialogue.programme.ProgrammeService;
import org.citizendialogue.shared.Bilingual;
import org.citizendialogue.shared.CurrentUser;
import org.citizendialogue.shared.NotFoundException;
import org.citizendialogue.submission.PublishedSubmissions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's notices, what they follow and how much e-mail they want; each only their own. */
@Service
public class NotificationService {

    private static final int LIMIT_MAX = 200;

    private final NoticeStore store;
    private final ProgrammeService programmes;
    private final PublishedSubmissions submissions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NotificationService(
            NoticeStore store,
            ProgrammeService programmes,
            PublishedSubmissions submissions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.programmes = programmes;
        this.submissions = submissions;
        this.events = events;
        this.clock = clock;
    }

    /** The signed-in person's notices, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Notice> notices(int limit) {
        return store.of(CurrentUser.require().accountId(), Math.max(1, Math.min(limit, LIMIT_MAX)));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long unreadCount() {
        return store.unread(CurrentUser.require().accountId());
    }

    /** Marks every notice read; the bell follows on every open tab of this person. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void markAllRead() {
        var me = CurrentUser.require().accountId();
        store.markRead(me, clock.instant());
        publishCount(me);
    }

    /** Marks one of one's own notices read. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void markRead(long noticeId) {
        var me = CurrentUser.require().accountId();
        if (store.markRead(me, noticeId, clock.instant()) > 0) {
            publishCount(me);
        }
    }

    private void publishCount(long accountId) {
        events.publishEvent(new NoticesChanged(accountId));
    }

    // ---- follows ----

    /** Follows a topic of a public programme or a published question, to hear of new answers there. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void follow(FollowTarget target, long targetId) {
        requireFollowable(target, targetId);
        store.follow(CurrentUser.require().accountId(), target, targetId, clock.instant());
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void unfollow(FollowTarget target, long targetId) {
        store.unfollow(CurrentUser.require().accountId(), target, targetId);
    }

    /** Whether the signed-in person follows it; false for visitors. */
    @Transactional(readOnly = true)
    public boolean isFollowing(FollowTarget target, long targetId) {
        return CurrentUser.get()
                .map(u -> store.follows(u.accountId(), target, targetId))
                .orElse(false);
    }

    /** What the signed-in person follows, oldest first, with labels and addresses. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Followed> follows() {
        var rows = store.followsOf(CurrentUser.require().accountId());
        var topics = programmes.topics(rows.stream()
                .filter(r -> r.targetType() == FollowTarget.TOPIC)
                .map(NoticeStore.FollowRow::targetId)
                .toList());
        var result = new ArrayList<Followed>();
        for (var row : rows) {
            if (row.targetType() == FollowTarget.TOPIC) {
                var t = topics.get(row.targetId());
                if (t != null && t.status().isPublic()) {
                    result.add(new Followed(
                            FollowTarget.TOPIC,
                            row.targetId(),
                            Bilingual.of(
                                    t.dialogueTitle().in(Bilingual.CHINESE) + " › "
                                            + t.topicTitle().in(Bilingual.CHINESE),
                                    t.dialogueTitle().in(Bilingual.ENGLISH) + " › "
                                            + t.topicTitle().in(Bilingual.ENGLISH)),
                            "dialogues/" + t.dialogueSlug() + "/topics/" + t.topicSlug()));
                }
            } else {
                submissions
                        .publishedQuestion(row.targetId())
                        .ifPresent(q -> result.add(new Followed(
                                FollowTarget.QUESTION,
                                q.id(),
                                Bilingual.of(NoticeText.excerpt(q.body()), NoticeText.excerpt(q.body())),
                                "questions/" + q.id())));
            }
        }
        return result;
    }

    private void requireFollowable(FollowTarget target, long targetId) {
        var exists = switch (target) {
            case TOPIC ->
                programmes.topic(targetId).filter(t -> t.status().isPublic()).isPresent();
            case QUESTION -> submissions.publishedQuestion(targetId).isPresent();
        };
        if (!exists) {
            throw new NotFoundException();
        }
    }

    // ---- e-mail ----

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public MailSetting mailSetting() {
        return store.mailSetting(CurrentUser.require().accountId());
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeMailSetting(MailSetting setting) {
        store.changeMailSetting(CurrentUser.require().accountId(), setting == null ? MailSetting.ALL : setting);
    }
}
