package org.citizendialogue.submission;

import org.citizendialogue.audit.AuditLog;
import org.citizendialogue.audit.AuditRecord;
import org.citizendialogue.shared.CurrentUser;
import org.citizendialogue.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A redacted original (the author's text before a moderator took personal data out of it) is
 * read only on purpose, and every reading is audited: who, which submission, when; the text
 * itself never goes into the log (issue 12, item 5; ASVS 8.3.5).
 */
@Service
public class RedactedOriginals {

    /** The audit action of a reading. */
    public static final String ACTION = "ORIGINAL_VIEWED";

    private final JdbcClient jdbc;
    private final AuditLog audit;

    RedactedOriginals(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    @Transactional
    public String reveal(long submissionId) {
        var original = jdbc.sql("SELECT original_body FROM submission WHERE id = ?")
                .param(submissionId)
                .query(String.class)
                .optional()
                .orElseThrow(NotFoundException::new);
        var reader = CurrentUser.require();
        audit.record(new AuditRecord(
                reader.accountId(), reader.displayName(), ACTION, "SUBMISSION", submissionId, null, null, null));
        return original;
    }
}
