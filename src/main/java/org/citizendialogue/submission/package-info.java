/**
 * Questions and comments from residents, and their lifecycle: PENDING → PUBLISHED or REJECTED,
 * PENDING → WITHDRAWN, PUBLISHED → HIDDEN → PUBLISHED, and a question MERGED into another.
 *
 * <p>One public door per audience (decision 035), named for who walks through it:
 * {@link org.citizendialogue.submission.SubmissionService} for residents (ask, comment, vote,
 * report, withdraw), {@link org.citizendialogue.submission.SubmissionModeration} for moderators
 * (the queue, decisions, hiding, reports under review, merging), and
 * {@link org.citizendialogue.submission.PublishedSubmissions} for readers (public pages, open
 * data, search, statistics, the answer desk's lists): only published text is ever returned there.
 * Managed lists have their own doors ({@link org.citizendialogue.submission.RejectionReasons},
 * {@link org.citizendialogue.submission.BlockedPhrases}). Everything else is package-private:
 * aggregates and repositories write, {@code *Queries} classes read.
 */
@ApplicationModule(allowedDependencies = {"account", "audit", "programme", "report", "shared"})
package org.citizendialogue.submission;

import org.springframework.modulith.ApplicationModule;
