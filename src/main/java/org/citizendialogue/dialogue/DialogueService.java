package org.citizendialogue.dialogue;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.citizendialogue.audit.AuditLog;
import org.citizendialogue.audit.AuditRecord;
import org.citizendialogue.shared.CurrentUser;
import org.citizendialogue.shared.NotFoundException;
import org.citizendialogue.shared.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads programmes and topics for pages and for the rules of other modules. */
@Service
@Transactional(readOnly = true)
public class DialogueService {

    private static final String TOPIC_CONTEXT = Rows.TOPIC_CONTEXT;

    private final JdbcClient jdbc;
    private final DialogueQueries queries;
    private final DialogueRepository dialogues;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final StaffAssignments staff;

    DialogueService(
            JdbcClient jdbc,
            DialogueQueries queries,
            DialogueRepository dialogues,
            AuditLog audit,
            ApplicationEventPublisher events,
            StaffAssignments staff) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.dialogues = dialogues;
        this.audit = audit;
        this.events = events;
        this.staff = staff;
    }

    /**
     * The programmes, drafts included, the signed-in person can move on, newest first: every one
     * for an admin, the ones a staff member answers for otherwise.
     */
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public List<DialogueCard> manageable() {
        var actor = CurrentUser.require();
        var all = actor.has(Roles.ADMIN);
        var mine = all ? List.<Long>of() : staff.programmesOf(actor.accountId());
        if (!all && mine.isEmpty()) {
            return List.of();
        }
        return queries.programmeCards(
                EnumSet.complementOf(EnumSet.of(DialogueStatus.ARCHIVED)), all ? null : mine, 200);
    }

    /** Moves a programme to its next state; refused for a transition the lifecycle does not allow. */
    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public void changeStatus(long dialogueId, DialogueStatus target) {
        var actor = CurrentUser.require();
        if (!actor.has(Roles.ADMIN) && !staff.answersFor(actor.accountId(), dialogueId)) {
            throw new AccessDeniedException("Not a staff member of programme " + dialogueId);
        }
        var dialogue = dialogues.findById(dialogueId).orElseThrow(NotFoundException::new);
        var from = dialogue.status();
        dialogue.moveTo(target, dialogues.countTopics(dialogueId));
        dialogues.save(dialogue);
        audit.record(new AuditRecord(
                actor.accountId(),
                actor.displayName(),
                "PROGRAMME_STATUS_CHANGED",
                "DIALOGUE",
                dialogueId,
                from.name(),
                target.name(),
                dialogue.slug()));
        events.publishEvent(new DialogueEvents.StatusChanged(dialogueId, from, target));
    }

    /** The current state of a programme. */
    public Optional<DialogueStatus> status(long dialogueId) {
        return jdbc.sql("SELECT status FROM dialogue WHERE id = :id")
                .param("id", dialogueId)
                .query(DialogueStatus.class)
                .optional();
    }

    /** Every programme the public may see, live ones first, then by broadcast time. */
    public List<DialogueCard> publicDialogues() {
        return queries.programmeCards(EnumSet.complementOf(EnumSet.of(DialogueStatus.DRAFT)), null, 200);
    }

    /** The programmes whose questions may still be answered. */
    public List<Long> answerableDialogueIds() {
        return jdbc.sql("SELECT id FROM dialogue WHERE status IN ('OPEN', 'LIVE', 'CLOSED')")
                .query(Long.class)
                .list();
    }

    /** A public programme with its topics; drafts are not found. */
    public Optional<DialogueDetails> publicDialogue(String slug) {
        return jdbc.sql("""
                SELECT d.id, d.slug, d.title_zh, d.title_en, d.summary_zh, d.summary_en, d.guest_name_zh,
                       d.guest_name_en, d.guest_title_zh, d.guest_title_en, d.series_zh, d.series_en,
                       b.name_zh bureau_zh, b.name_en bureau_en, d.status, d.starts_at, d.livestream_url
                FROM dialogue d JOIN bureau b ON b.id = d.bureau_id
                WHERE d.slug = :slug AND d.status <> 'DRAFT'
                """)
                .param("slug", slug)
                .query(Rows.details(this::topicsOf))
                .optional();
    }

    private List<TopicSummary> topicsOf(long dialogueId) {
        return jdbc.sql("""
                SELECT id, slug, title_zh, title_en, summary_zh, summary_en, position
                FROM topic WHERE dialogue_id = :d ORDER BY position, id
                """).param("d", dialogueId).query(Rows.TOPIC).list();
    }

    /** A topic of a public programme, by the slugs in its address. */
    public Optional<TopicContext> publicTopic(String dialogueSlug, String topicSlug) {
        return jdbc.sql(TOPIC_CONTEXT + " WHERE d.slug = :d AND t.slug = :t AND d.status <> 'DRAFT'")
                .param("d", dialogueSlug)
                .param("t", topicSlug)
                .query(Rows.CONTEXT)
                .optional();
    }

    /** A topic by id, whatever the state of its programme (rules decide what that allows). */
    public Optional<TopicContext> topic(long topicId) {
        return jdbc.sql(TOPIC_CONTEXT + " WHERE t.id = :id")
                .param("id", topicId)
                .query(Rows.CONTEXT)
                .optional();
    }

    /** Every topic of these programmes, in programme and topic order (the answer desk's topic filter). */
    public List<TopicContext> topicsOf(Collection<Long> dialogueIds) {
        if (dialogueIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(TOPIC_CONTEXT + " WHERE t.dialogue_id IN (:ids) ORDER BY t.dialogue_id, t.position, t.id")
                .param("ids", dialogueIds)
                .query(Rows.CONTEXT)
                .list();
    }

    /**
     * Topics of public programmes whose title or summary, or whose programme's title, summary,
     * guest or bureau, contain every word of the query in either language (decision 025): the
     * search page lists them above the questions. Words are matched as written, ignoring case;
     * Chinese needs no spaces, as a run of characters is matched where it stands.
     */
    public List<TopicContext> topicsMatching(String query, Long dialogueId, int limit) {
        var words = Arrays.stream(query == null ? new String[0] : query.strip().split("\\s+"))
                .filter(w -> !w.isBlank())
                .limit(8)
                .toList();
        if (words.isEmpty()) {
            return List.of();
        }
        var sql = new StringBuilder(TOPIC_CONTEXT).append(" WHERE d.status <> 'DRAFT'");
        if (dialogueId != null) {
            sql.append(" AND d.id = :dialogue");
        }
        for (int i = 0; i < words.size(); i++) {
            sql.append(" AND CONCAT_WS(' ', t.title_zh, t.title_en, t.summary_zh, t.summary_en, d.title_zh, d.title_en,"
                            + " d.summary_zh, d.summary_en, d.guest_name_zh, d.guest_name_en, b.name_zh, b.name_en)"
                            + " LIKE :w")
                    .append(i)
                    .append(" ESCAPE '!'");
        }
        sql.append(" ORDER BY d.starts_at DESC, d.id DESC, t.position, t.id LIMIT :limit");
        var spec = jdbc.sql(sql.toString()).param("limit", Math.max(1, Math.min(limit, 50)));
        if (dialogueId != null) {
            spec = spec.param("dialogue", dialogueId);
        }
        for (int i = 0; i < words.size(); i++) {
            var escaped = words.get(i).replace("!", "!!").replace("%", "!%").replace("_", "!_");
            spec = spec.param("w" + i, "%" + escaped + "%");
        }
        return spec.query(Rows.CONTEXT).list();
    }

    /** Several topics at once, for lists that show where each item belongs. */
    public Map<Long, TopicContext> topics(Collection<Long> topicIds) {
        if (topicIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(TOPIC_CONTEXT + " WHERE t.id IN (:ids)").param("ids", topicIds).query(Rows.CONTEXT).stream()
                .collect(Collectors.toMap(TopicContext::topicId, Function.identity()));
    }
}
