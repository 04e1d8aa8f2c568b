package org.citizendialogue.report;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.citizendialogue.account.EmailVerifications;
import org.citizendialogue.account.Suspensions;
import org.citizendialogue.shared.CurrentUser;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.Texts;
import org.citizendialogue.shared.limits.Limit;
import org.citizendialogue.shared.limits.RateLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents' reports on published content, one capability for every kind of subject (decision
 * 036): filing a report (the same checks for a question, a comment or an official answer),
 * settling the open reports when a moderator decides, and the open reports and their notes for
 * the moderators' review. What a report leads to is the subject's module's rule: a question or
 * comment is hidden at the threshold, an official answer is only flagged. The subject modules
 * call this service from inside their own transactions; it never reads their tables.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class Reports {

    /** The most characters a resident may add to a report, matching the column. */
    public static final int TEXT_MAX = 500;

    /** The most reported subjects of one kind the review reads at once. */
    private static final int REVIEW_MAX = 1_000;

    private final ReportStore store;
    private final int threshold;
    private final Suspensions suspensions;
    private final EmailVerifications verifications;
    private final RateLimits limits;
    private final Clock clock;

    Reports(
            ReportStore store,
            @Value("${dialogue.moderation.report-threshold:3}") int threshold,
            Suspensions suspensions,
            EmailVerifications verifications,
            RateLimits limits,
            Clock clock) {
        this.store = store;
        this.threshold = Math.max(1, threshold);
        this.suspensions = suspensions;
        this.verifications = verifications;
        this.limits = limits;
        this.clock = clock;
    }

    /** How many distinct residents' open reports make content hidden (questions, comments) or flagged (answers). */
    public int threshold() {
        return threshold;
    }

    /**
     * The signed-in resident reports published content written by {@code authorId}, once: not
     * while suspended or unverified, not their own, within the reports allowance, with a reason
     * and at most {@link #TEXT_MAX} characters of text. Returns how many distinct residents'
     * reports on it are open now, this one included.
     */
    @PreAuthorize("hasRole('RESIDENT')")
    public int file(ReportSubject kind, long subjectId, long authorId, ReportReason reason, String text) {
        var reporter = CurrentUser.require();
        suspensions.ensureNotSuspended(reporter.accountId());
        verifications.ensureVerified(reporter.accountId());
        if (reason == null) {
            throw DomainException.atField("reason", "validation.required");
        }
        var detail = Texts.optional("text", text, TEXT_MAX);
        if (authorId == reporter.accountId()) {
            throw new DomainException("report.error.own");
        }
        limits.consume(Limit.REPORTS, "account:" + reporter.accountId());
        if (!store.add(kind, subjectId, reporter.accountId(), reason, detail, clock.instant())) {
            throw new DomainException("report.error.twice");
        }
        return store.openReporters(kind, subjectId);
    }

    /** A moderator settles every open report on the content: HIDDEN, DISMISSED or MERGED. */
    @PreAuthorize("hasRole('MODERATOR')")
    public void settle(ReportSubject kind, long subjectId, String resolution) {
        store.resolve(kind, subjectId, resolution, CurrentUser.require().accountId(), clock.instant());
    }

    /** The content of one kind with open reports, most reporters first (at most {@value #REVIEW_MAX}). */
    @PreAuthorize("hasRole('MODERATOR')")
    @Transactional(readOnly = true)
    public List<OpenReports> open(ReportSubject kind) {
        return store.open(kind, REVIEW_MAX);
    }

    /** What residents wrote with their open reports on these subjects, oldest first: moderators only. */
    @PreAuthorize("hasRole('MODERATOR')")
    @Transactional(readOnly = true)
    public Map<Long, List<ReportNote>> notes(ReportSubject kind, Collection<Long> subjectIds) {
        return store.openNotes(kind, subjectIds).stream()
                .collect(Collectors.groupingBy(ReportNote::subjectId, LinkedHashMap::new, Collectors.toList()));
    }
}
