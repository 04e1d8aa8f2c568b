package org.citizendialogue.programme;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.citizendialogue.audit.AuditLog;
import org.citizendialogue.audit.AuditRecord;
import org.citizendialogue.shared.CurrentUser;
import org.citizendialogue.shared.NotFoundException;
import org.citizendialogue.shared.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads programmes and topics for pages and for the rules of other modules (the reads themselves are
 * {@link ProgrammeQueries}), and moves a programme through its states.
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeService {

    private final ProgrammeQueries queries;
    private final ProgrammeRepository programmes;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final StaffAssignments staff;

    ProgrammeService(
            ProgrammeQueries queries,
            ProgrammeRepository programmes,
            AuditLog audit,
            ApplicationEventPublisher events,
            StaffAssignments staff) {
        this.queries = queries;
        this.programmes = programmes;
        this.audit = audit;
        this.events = events;
        this.staff = staff;
    }

    /**
     * The programmes, drafts included, the signed-in person can move on, newest first: every one
     * for an admin, the ones a staff member answers for otherwise.
     */
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public List<ProgrammeCard> manageable() {
        var actor = CurrentUser.require();
        var all = actor.has(Roles.ADMIN);
        var mine = all ? List.<Long>of() : staff.programmesOf(actor.accountId());
        if (!all && mine.isEmpty()) {
            return List.of();
        }
        return queries.programmeCards(
                EnumSet.complementOf(EnumSet.of(ProgrammeStatus.ARCHIVED)), all ? null : mine, 200);
    }

    /** Moves a programme to its next state; refused for a transition the lifecycle does not allow. */
    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public void changeStatus(long dialogueId, ProgrammeStatus target) {
        var actor = CurrentUser.require();
        if (!actor.has(Roles.ADMIN) && !staff.answersFor(actor.accountId(), dialogueId)) {
            throw new AccessDeniedException("Not a staff member of programme " + dialogueId);
        }
        var dialogue = programmes.findById(dialogueId).orElseThrow(NotFoundException::new);
        var from = dialogue.status();
        dialogue.moveTo(target, programmes.countTopics(dialogueId));
        programmes.save(dialogue);
        audit.record(new AuditRecord(
                actor.accountId(),
                actor.displayName(),
                "PROGRAMME_STATUS_CHANGED",
                "DIALOGUE",
                dialogueId,
                from.name(),
                target.name(),
                dialogue.slug()));
        events.publishEvent(new ProgrammeEvents.StatusChanged(dialogueId, from, target));
    }

    /** The current state of a programme. */
    public Optional<ProgrammeStatus> status(long dialogueId) {
        return queries.status(dialogueId);
    }

    /** Every programme the public may see, live ones first, then by broadcast time. */
    public List<ProgrammeCard> publicProgrammes() {
        return queries.programmeCards(EnumSet.complementOf(EnumSet.of(ProgrammeStatus.DRAFT)), null, 200);
    }

    /** The programmes whose questions may still be answered. */
    public List<Long> answerableProgrammeIds() {
        return queries.answerableProgrammeIds();
    }

    /** A public programme with its topics; drafts are not found. */
    public Optional<ProgrammeDetails> publicProgramme(String slug) {
        return queries.publicProgramme(slug);
    }

    /** A topic of a public programme, by the slugs in its address. */
    public Optional<TopicContext> publicTopic(String dialogueSlug, String topicSlug) {
        return queries.publicTopic(dialogueSlug, topicSlug);
    }

    /** A topic by id, whatever the state of its programme (rules decide what that allows). */
    public Optional<TopicContext> topic(long topicId) {
        return queries.topic(topicId);
    }

    /** Every topic of these programmes, in programme and topic order (the answer desk's topic filter). */
    public List<TopicContext> topicsOf(Collection<Long> dialogueIds) {
        return queries.topicsOf(dialogueIds);
    }

    /**
     * Topics of public programmes whose title or summary, or whose programme's title, summary,
     * guest or bureau, contain every word of the query in either language (decision 025): the
     * search page lists them above the questions. Words are matched as written, ignoring case;
     * Chinese needs no spaces, as a run of characters is matched where it stands.
     */
    public List<TopicContext> topicsMatching(String query, Long dialogueId, int limit) {
        return queries.topicsMatching(query, dialogueId, limit);
    }

    /** Several topics at once, for lists that show where each item belongs. */
    public Map<Long, TopicContext> topics(Collection<Long> topicIds) {
        return queries.topics(topicIds);
    }
}
