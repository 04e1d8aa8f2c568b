/**
 * Official answers: drafted and published by bureau staff, attributed to the bureau and the
 * official's public title. Only published answers are ever returned to the public.
 *
 * <p>One public door per audience (decision 035): {@link org.citizendialogue.answer.AnswerDesk}
 * for staff (the desk, drafts, publishing, commitments), {@link org.citizendialogue.answer.OnAirDesk}
 * for whoever runs the live programme (the question on air now, and the on-air record),
 * {@link org.citizendialogue.answer.AnswerModeration} for moderators (reports on answers, hiding),
 * and {@link org.citizendialogue.answer.PublishedAnswers} for readers (answers, revisions,
 * commitments of published answers). Admin-only doors: {@link org.citizendialogue.answer.ProgrammeStaffAdmin},
 * {@link org.citizendialogue.answer.AnswerTemplates}. {@link org.citizendialogue.answer.AnswerStatus}
 * is where an answer is in its lifecycle (DRAFT, PUBLISHED); {@link org.citizendialogue.answer.AnswerOutcome}
 * is what the published answer says (answered, forwarded, to follow later).
 */
@ApplicationModule(allowedDependencies = {"account", "audit", "programme", "report", "shared", "submission"})
package org.citizendialogue.answer;

import org.springframework.modulith.ApplicationModule;
