package org.citizendialogue.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Locale;

import org.citizendialogue.audit.AuditLog;
import org.citizendialogue.notification.NoticeKind;
import org.citizendialogue.notification.NoticeText;
import org.citizendialogue.notification.NotificationService;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.submission.PublishedSubmissions;
import org.citizendialogue.submission.RejectionReason;
import org.citizendialogue.submission.RejectionReasons;
import org.citizendialogue.submission.SubmissionModeration;
import org.citizendialogue.submission.SubmissionService;
import org.citizendialogue.submission.SubmissionStatus;
import org.citizendialogue.support.Acting;
import org.citizendialogue.support.Demo;
import org.citizendialogue.support.Fixtures;
import org.citizendialogue.support.IntegrationTest;
import org.citizendialogue.support.Residents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The managed list of rejection reasons on the real MariaDB: the seeded reasons, adding, editing,
 * deactivating and reordering with an audit entry each; the reject service accepts active codes
 * only; the author reads the public text in their language. Tests add reasons of their own and
 * never change the seeded ones, which other tests read.
 */
@IntegrationTest
class RejectionReasonsTest {

    @Autowired
    RejectionReasons reasons;

    @Autowired
    SubmissionService submissions;

    @Autowired
    PublishedSubmissions published;

    @Autowired
    SubmissionModeration moderation;

    @Autowired
    NotificationService notifications;

    @Autowired
    AuditLog audit;

    @Autowired
    Acting acting;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Residents residents;

    private static String newCode() {
        return "T" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
    }

    private RejectionReason add(String code, String english, String chinese) {
        return acting.as(Demo.ADMIN, () -> reasons.add(code, english, chinese));
    }

    private long pending(String resident, long topicId) {
        return acting.as(resident, () -> submissions.ask(topicId, "A question to be rejected " + System.nanoTime()));
    }

    @Test
    void the_list_starts_with_the_former_fixed_reasons_and_their_texts() {
        var byCode = reasons.byCode();
        assertThat(byCode)
                .containsKeys(
                        RejectionReason.OFF_TOPIC,
                        RejectionReason.PERSONAL_DATA,
                        RejectionReason.ABUSIVE,
                        RejectionReason.SPAM,
                        RejectionReason.DUPLICATE,
                        RejectionReason.OTHER);
        assertThat(byCode.get(RejectionReason.SPAM).text(Locale.ENGLISH)).isEqualTo("It is spam or advertising.");
        assertThat(byCode.get(RejectionReason.SPAM).text(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("内容属于垃圾信息或广告。");
        assertThat(reasons.publicText("PERSONAL_DATA", Locale.ENGLISH)).startsWith("It contains personal data");
    }

    @Test
    void an_unknown_or_inactive_reason_is_refused_and_nothing_changes() {
        var p = fixtures.programme("OPEN");
        var resident = residents.register();
        long id = pending(resident, p.topicId());
        int version = residents.pendingVersion(id);
        assertThatThrownBy(
                        () -> acting.run(Demo.MODERATOR, () -> moderation.reject(id, version, "NO_SUCH_REASON", null)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("reason");
                    assertThat(e.messageKey()).isEqualTo("rejection-reasons.error.unknown");
                });
        assertThatThrownBy(() -> acting.run(Demo.MODERATOR, () -> moderation.reject(id, version, null, null)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        var code = newCode();
        add(code, "Retired reason", "停用的原因");
        acting.run(Demo.ADMIN, () -> reasons.setActive(code, false));
        assertThat(reasons.active()).extracting(RejectionReason::code).doesNotContain(code);
        assertThatThrownBy(() -> acting.run(Demo.MODERATOR, () -> moderation.reject(id, version, code, null)))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("rejection-reasons.error.unknown"));
        assertThat(acting.as(Demo.MODERATOR, () -> moderation.pendingItem(id))).isPresent();
    }

    @Test
    void the_author_reads_the_managed_public_text_in_their_language_even_after_it_is_deactivated() {
        var p = fixtures.programme("OPEN");
        var resident = residents.register();
        var code = newCode();
        add(code, "It repeats an earlier question of yours.", "与您之前的问题重复。");
        long id = pending(resident, p.topicId());
        acting.run(Demo.MODERATOR, () -> moderation.reject(id, residents.pendingVersion(id), code, "private"));

        var mine = acting.as(resident, () -> submissions.mine(0, 10)).stream()
                .filter(s -> s.id() == id)
                .findFirst()
                .orElseThrow();
        assertThat(mine.status()).isEqualTo(SubmissionStatus.REJECTED);
        assertThat(mine.rejectionReason()).isEqualTo(code);
        assertThat(reasons.publicText(mine.rejectionReason(), Locale.ENGLISH))
                .isEqualTo("It repeats an earlier question of yours.");
        assertThat(reasons.publicText(mine.rejectionReason(), Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("与您之前的问题重复。");

        var notice = acting.as(resident, () -> notifications.notices(10)).stream()
                .filter(n -> n.kind() == NoticeKind.REJECTED)
                .findFirst()
                .orElseThrow();
        assertThat(notice.detail()).isEqualTo(code);
        assertThat(NoticeText.of(
                        notice,
                        (key, args) -> key + Arrays.toString(args),
                        c -> reasons.publicText(c, Locale.SIMPLIFIED_CHINESE)))
                .contains("与您之前的问题重复。")
                .doesNotContain("private");

        var figures = published.transparency(p.dialogueId());
        assertThat(figures.rejectedByReason()).containsEntry(code, 1L).containsEntry(RejectionReason.SPAM, 0L);

        acting.run(
                Demo.ADMIN,
                () -> reasons.edit(
                        code, reasons.byCode().get(code).version(), "It repeats one of your questions.", "与您的某个问题重复。"));
        acting.run(Demo.ADMIN, () -> reasons.setActive(code, false));
        assertThat(reasons.publicText(code, Locale.ENGLISH)).isEqualTo("It repeats one of your questions.");
        assertThat(published.transparency(p.dialogueId()).rejectedByReason()).containsEntry(code, 1L);
    }

    @Test
    void admins_add_edit_deactivate_and_reorder_and_every_change_is_audited() {
        var first = add(newCode(), "First test reason", "第一个测试原因");
        var second = add(newCode().toLowerCase(Locale.ROOT), "Second test reason", "第二个测试原因");
        assertThat(second.code()).isEqualTo(second.code().toUpperCase(Locale.ROOT));
        assertThat(second.position()).isGreaterThan(first.position());

        acting.run(Demo.ADMIN, () -> reasons.move(second.code(), -1));
        var codes = reasons.all().stream().map(RejectionReason::code).toList();
        assertThat(codes.indexOf(second.code())).isLessThan(codes.indexOf(first.code()));

        acting.run(Demo.ADMIN, () -> reasons.edit(first.code(), first.version(), "First, edited", "第一个，已编辑"));
        assertThatThrownBy(
                        () -> acting.run(Demo.ADMIN, () -> reasons.edit(first.code(), first.version(), "stale", "过期")))
                .isInstanceOf(OptimisticLockingFailureException.class);
        acting.run(Demo.ADMIN, () -> reasons.setActive(first.code(), false));
        acting.run(Demo.ADMIN, () -> reasons.setActive(first.code(), true));

        assertThat(acting.as(Demo.ADMIN, () -> audit.trailOf("REJECTION_REASON", first.id())))
                .extracting(e -> e.action())
                .containsExactly(
                        "REJECTION_REASON_ADDED",
                        "REJECTION_REASON_CHANGED",
                        "REJECTION_REASON_CHANGED",
                        "REJECTION_REASON_CHANGED");
        assertThat(acting.as(Demo.ADMIN, () -> audit.trailOf("REJECTION_REASON", second.id())))
                .extracting(e -> e.action())
                .containsExactly("REJECTION_REASON_ADDED", "REJECTION_REASON_MOVED");
        assertThat(acting.as(Demo.ADMIN, () -> audit.trailOf("REJECTION_REASON", first.id()))
                        .get(1))
                .satisfies(e -> {
                    assertThat(e.beforeState()).isEqualTo("First test reason / 第一个测试原因");
                    assertThat(e.afterState()).isEqualTo("First, edited / 第一个，已编辑");
                });
    }

    @Test
    void bad_entries_are_refused_at_their_field() {
        assertThatThrownBy(() -> add("9BAD", "x", "y"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("code"));
        assertThatThrownBy(() -> add("SPAM", "Again", "再次")).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.field()).isEqualTo("code");
            assertThat(e.messageKey()).isEqualTo("rejection-reasons.error.code-taken");
        });
        assertThatThrownBy(() -> add(newCode(), " ", "中文"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("english"));
        assertThatThrownBy(() -> add(newCode(), "English", "长".repeat(RejectionReason.TEXT_MAX + 1)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("chinese"));
    }

    @Test
    void only_admins_manage_the_list_and_only_moderators_reject() {
        var code = newCode();
        for (var who : new String[] {Demo.RESIDENT, Demo.MODERATOR, Demo.STAFF}) {
            assertThatThrownBy(() -> acting.run(who, () -> reasons.add(code, "No", "不")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> acting.run(who, () -> reasons.setActive(RejectionReason.SPAM, false)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> acting.run(who, () -> reasons.move(RejectionReason.SPAM, 1)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> acting.run(who, () -> reasons.edit(RejectionReason.SPAM, 0, "x", "y")))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> acting.run(Demo.RESIDENT, () -> moderation.reject(1, 0, RejectionReason.SPAM, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(reasons.byCode()).doesNotContainKey(code);
    }
}
