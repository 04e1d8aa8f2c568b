package org.citizendialogue.privacy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import org.citizendialogue.account.AccountClosure;
import org.citizendialogue.audit.AuditErasure;
import org.citizendialogue.submission.DecidedTextRetention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Retention, enforced (issue 12, decision 024): once a day (at {@code dialogue.retention.cron},
 * 03:17 UTC; "-" switches it off) accounts never confirmed within
 * {@code unverified-accounts} are erased like a deletion, the text of submissions rejected or
 * withdrawn more than {@code decided-text} ago is erased (the rows and counts stay), and the
 * security log's days older than {@code security-log} are deleted. Rate-limit buckets and client
 * addresses are never stored: they live in memory only. Each account is its own transaction; the
 * clock is the application's, so tests move it.
 */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(RetentionPeriods.class)
public class RetentionJob {

    /** What one run did. */
    public record Run(int accountsErased, int textsErased, int logDaysDeleted) {}

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);
    private static final Pattern LOG_DAY = Pattern.compile("security\\.(\\d{4}-\\d{2}-\\d{2})\\.log(\\.gz)?");
    private static final String ACTOR = "retention job";

    private final RetentionPeriods periods;
    private final AccountClosure closure;
    private final AccountDeletion deletion;
    private final DecidedTextRetention decidedTexts;
    private final AuditErasure auditCopies;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Path securityLogDir;

    RetentionJob(
            RetentionPeriods periods,
            AccountClosure closure,
            AccountDeletion deletion,
            DecidedTextRetention decidedTexts,
            AuditErasure auditCopies,
            TransactionTemplate transactions,
            Clock clock,
            @Value("${dialogue.security-log.dir:data/security-log}") Path securityLogDir) {
        this.periods = periods;
        this.closure = closure;
        this.deletion = deletion;
        this.decidedTexts = decidedTexts;
        this.auditCopies = auditCopies;
        this.transactions = transactions;
        this.clock = clock;
        this.securityLogDir = securityLogDir;
    }

    @Scheduled(cron = "${dialogue.retention.cron:0 17 3 * * *}", zone = "UTC")
    void daily() {
        var run = run();
        log.info(
                "Retention: {} unverified accounts erased, {} decided texts erased, {} security log days deleted",
                run.accountsErased(),
                run.textsErased(),
                run.logDaysDeleted());
    }

    /** Removes exactly what is due now. */
    public Run run() {
        var now = clock.instant();
        var due = transactions.execute(status -> closure.unverifiedBefore(now.minus(periods.unverifiedAccounts())));
        int accounts = 0;
        for (var erasure : due) {
            transactions.executeWithoutResult(
                    status -> deletion.erase(erasure, 0, ACTOR, "ACCOUNT_EXPIRED", "address never confirmed"));
            accounts++;
        }
        int texts = transactions.execute(status -> {
            var erased = decidedTexts.eraseDecidedBefore(now.minus(periods.decidedText()));
            auditCopies.eraseCopies(erased);
            return erased.size();
        });
        return new Run(
                accounts,
                texts,
                deleteOldSecurityLogDays(LocalDate.ofInstant(now.minus(periods.securityLog()), ZoneOffset.UTC)));
    }

    private int deleteOldSecurityLogDays(LocalDate oldestKept) {
        if (!Files.isDirectory(securityLogDir)) {
            return 0;
        }
        int deleted = 0;
        try (var files = Files.list(securityLogDir)) {
            for (var file : files.toList()) {
                var day = LOG_DAY.matcher(file.getFileName().toString());
                if (day.matches() && isBefore(day.group(1), oldestKept)) {
                    Files.deleteIfExists(file);
                    deleted++;
                }
            }
        } catch (IOException e) {
            log.warn("Security log days not purged in {}", securityLogDir, e);
        }
        return deleted;
    }

    private static boolean isBefore(String day, LocalDate oldestKept) {
        try {
            return LocalDate.parse(day).isBefore(oldestKept);
        } catch (DateTimeParseException notADay) {
            return false;
        }
    }
}
