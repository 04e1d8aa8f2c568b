package org.citizendialogue.privacy;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long personal data is kept (issue 12, decision 024), each a setting:
 * {@code dialogue.retention.unverified-accounts} (7 days: an address never confirmed),
 * {@code dialogue.retention.decided-text} (180 days: the text of rejected and withdrawn
 * submissions; the rows and so the counts stay) and {@code dialogue.retention.security-log}
 * (183 days, the Cybersecurity Law's six months: the security log's files).
 */
@ConfigurationProperties("dialogue.retention")
public record RetentionPeriods(
        @DefaultValue("7d") Duration unverifiedAccounts,
        @DefaultValue("180d") Duration decidedText,
        @DefaultValue("183d") Duration securityLog) {}
