/**
 * Residents' reports on published content, one capability keyed by the kind of subject
 * (decision 036): {@link org.citizendialogue.report.Reports} files a report with the same checks
 * for a question, a comment or an official answer, settles open reports when a moderator decides,
 * and lists open reports and their notes for review. The subject modules (submission, answer)
 * decide what a report leads to and read their own content; this module owns the one
 * {@code report} table and reads no other.
 */
@ApplicationModule(allowedDependencies = {"account", "shared"})
package org.citizendialogue.report;

import org.springframework.modulith.ApplicationModule;
