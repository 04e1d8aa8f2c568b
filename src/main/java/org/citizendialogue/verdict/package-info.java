/**
 * Residents' verdicts on official answers (issue 17, part 1; decision 030). The asker of a
 * question rates each published revision of its answer once (satisfied, partly, not satisfied),
 * with an optional comment that goes through the moderation queue as a comment on the question;
 * they may change the rating for 30 days. Followers of the question say "this answer helped me",
 * once each. Staff read the verdicts of their programmes on the answer desk's verdict page, where
 * "not satisfied" without a reply (a new revision or a commitment) after
 * {@code dialogue.verdicts.reply-days} is flagged.
 * {@link org.citizendialogue.verdict.Verdicts} is the one door; it uses the answer, submission,
 * notification and account modules only through their public services.
 */
@ApplicationModule(allowedDependencies = {"account", "answer", "notification", "programme", "shared", "submission"})
package org.citizendialogue.verdict;

import org.springframework.modulith.ApplicationModule;
