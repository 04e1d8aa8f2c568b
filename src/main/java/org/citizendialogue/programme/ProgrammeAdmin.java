package org.citizendialogue.programme;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.citizendialogue.audit.AuditLog;
import org.citizendialogue.audit.AuditRecord;
import org.citizendialogue.shared.Bilingual;
import org.citizendialogue.shared.CurrentUser;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.LanguageVersions;
import org.citizendialogue.shared.NotFoundException;
import org.citizendialogue.shared.SignedInUser;
import org.citizendialogue.shared.Texts;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admins' side of programmes and topics: create, edit, order and remove. Every change is
 * audited with the state before and after. Moving a programme through its states stays in
 * {@link ProgrammeService#changeStatus}. Every refusal of a field names that field, so the form
 * can show it next to it; nothing is saved unless every check passes.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class ProgrammeAdmin {

    /** Lowercase letters, digits and single hyphens between them: an address part. */
    private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    private final ProgrammeRepository programmes;
    private final TopicRepository topics;
    private final List<TopicUsage> usages;
    private final BureauStore bureaus;
    private final ProgrammeQueries queries;
    private final AuditLog audit;
    private final Clock clock;

    ProgrammeAdmin(
            ProgrammeRepository programmes,
            TopicRepository topics,
            List<TopicUsage> usages,
            BureauStore bureaus,
            ProgrammeQueries queries,
            AuditLog audit,
            Clock clock) {
        this.programmes = programmes;
        this.topics = topics;
        this.usages = usages;
        this.bureaus = bureaus;
        this.queries = queries;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every programme, archived ones too, newest first. */
    @Transactional(readOnly = true)
    public List<ProgrammeCard> programmes() {
        return queries.programmeCards(EnumSet.allOf(ProgrammeStatus.class), null, 500);
    }

    /** The names, in both languages, of the bureaus programmes can belong to. */
    @Transactional(readOnly = true)
    public List<Bilingual> bureaus() {
        return bureaus.names();
    }

    /** One programme with its topics, for the edit form. */
    @Transactional(readOnly = true)
    public Optional<ManagedProgramme> programme(long dialogueId) {
        return programmes.findById(dialogueId).map(d -> {
            var row = queries.draft(dialogueId);
            var topicList = topics.inOrder(dialogueId).stream()
                    .map(ProgrammeAdmin::summary)
                    .toList();
            return new ManagedProgramme(
                    dialogueId, Objects.requireNonNullElse(d.version(), 0), d.status(), row, topicList);
        });
    }

    /** Creates a programme as a draft; returns its id. */
    public long create(ProgrammeDraft draft) {
        var actor = CurrentUser.require();
        var checked = check(draft);
        if (slugTaken(checked.slug(), 0)) {
            throw DomainException.atField("slug", "admin.programme.error.slug-taken");
        }
        try {
            var saved = programmes.save(Programme.create(checked, bureauId(checked.bureauName(), actor), clock));
            audit.record(new AuditRecord(
                    actor.accountId(),
                    actor.displayName(),
                    "PROGRAMME_CREATED",
                    "DIALOGUE",
                    saved.id(),
                    null,
                    saved.describe(),
                    saved.slug()));
            return saved.id();
        } catch (DuplicateKeyException raceWithAnotherAdmin) {
            throw DomainException.atField("slug", "admin.programme.error.slug-taken");
        }
    }

    /** Edits a programme as the admin saw it; a change by someone else in between is a conflict. */
    public void edit(long dialogueId, int seenVersion, ProgrammeDraft draft) {
        var actor = CurrentUser.require();
        var dialogue = programmes.findById(dialogueId).orElseThrow(NotFoundException::new);
        if (!Objects.equals(dialogue.version(), seenVersion)) {
            throw new OptimisticLockingFailureException("Programme " + dialogueId + " changed");
        }
        var checked = check(draft);
        if (slugTaken(checked.slug(), dialogueId)) {
            throw DomainException.atField("slug", "admin.programme.error.slug-taken");
        }
        var before = dialogue.describe();
        dialogue.edit(checked, bureauId(checked.bureauName(), actor));
        try {
            programmes.save(dialogue);
        } catch (DuplicateKeyException raceWithAnotherAdmin) {
            throw DomainException.atField("slug", "admin.programme.error.slug-taken");
        }
        audit.record(new AuditRecord(
                actor.accountId(),
                actor.displayName(),
                "PROGRAMME_EDITED",
                "DIALOGUE",
                dialogueId,
                before,
                dialogue.describe(),
                dialogue.slug()));
    }

    /** Adds a topic at the end of the programme; returns its id. */
    public long addTopic(long dialogueId, TopicDraft draft) {
        var actor = CurrentUser.require();
        var dialogue = programmes.findById(dialogueId).orElseThrow(NotFoundException::new);
        dialogue.requireTopicsEditable();
        var checked = check(draft);
        if (topics.slugTaken(dialogueId, checked.slug(), 0)) {
            throw DomainException.atField("slug", "admin.topic.error.slug-taken");
        }
        var existing = topics.inOrder(dialogueId);
        int position = existing.isEmpty() ? 1 : existing.getLast().position() + 1;
        try {
            var saved = topics.save(Topic.add(dialogueId, checked, position));
            audit.record(new AuditRecord(
                            actor.accountId(),
                            actor.displayName(),
                            "TOPIC_ADDED",
                            "TOPIC",
                            saved.id(),
                            null,
                            saved.describe(),
                            dialogue.slug())
                    .inProgramme(dialogueId));
            return saved.id();
        } catch (DuplicateKeyException raceWithAnotherAdmin) {
            throw DomainException.atField("slug", "admin.topic.error.slug-taken");
        }
    }

    /** Changes a topic's title, summary and (while its programme is a draft) slug. */
    public void editTopic(long topicId, TopicDraft draft) {
        var actor = CurrentUser.require();
        var topic = topics.findById(topicId).orElseThrow(NotFoundException::new);
        var dialogue = programmes.findById(topic.dialogueId()).orElseThrow(NotFoundException::new);
        dialogue.requireTopicsEditable();
        var checked = check(draft);
        if (topics.slugTaken(topic.dialogueId(), checked.slug(), topicId)) {
            throw DomainException.atField("slug", "admin.topic.error.slug-taken");
        }
        var before = topic.describe();
        topic.edit(checked, dialogue.status().isPublic());
        try {
            topics.save(topic);
        } catch (DuplicateKeyException raceWithAnotherAdmin) {
            throw DomainException.atField("slug", "admin.topic.error.slug-taken");
        }
        audit.record(new AuditRecord(
                        actor.accountId(),
                        actor.displayName(),
                        "TOPIC_EDITED",
                        "TOPIC",
                        topicId,
                        before,
                        topic.describe(),
                        dialogue.slug())
                .inProgramme(topic.dialogueId()));
    }

    /** Moves a topic one place up (towards the start) or down; at either end nothing changes. */
    public void moveTopic(long topicId, boolean up) {
        var actor = CurrentUser.require();
        var topic = topics.findById(topicId).orElseThrow(NotFoundException::new);
        var dialogue = programmes.findById(topic.dialogueId()).orElseThrow(NotFoundException::new);
        dialogue.requireTopicsEditable();
        var order = new ArrayList<>(topics.inOrder(topic.dialogueId()));
        int index = indexOf(order, topicId);
        int other = up ? index - 1 : index + 1;
        if (other < 0 || other >= order.size()) {
            return;
        }
        var before = topic.position();
        order.add(other, order.remove(index));
        // renumbering the whole programme also repairs gaps or ties left by older data
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).placeAt(i + 1)) {
                topics.save(order.get(i));
            }
        }
        audit.record(new AuditRecord(
                        actor.accountId(),
                        actor.displayName(),
                        "TOPIC_MOVED",
                        "TOPIC",
                        topicId,
                        "position=" + before,
                        "position=" + (other + 1),
                        dialogue.slug())
                .inProgramme(topic.dialogueId()));
    }

    /** Removes a topic that nothing refers to yet; a topic with submissions stays. */
    public void removeTopic(long topicId) {
        var actor = CurrentUser.require();
        var topic = topics.findById(topicId).orElseThrow(NotFoundException::new);
        var dialogue = programmes.findById(topic.dialogueId()).orElseThrow(NotFoundException::new);
        dialogue.requireTopicRemovable(programmes.countTopics(topic.dialogueId()));
        if (usages.stream().anyMatch(u -> u.isUsed(topicId))) {
            throw new DomainException("admin.topic.error.in-use");
        }
        try {
            topics.delete(topic);
        } catch (DataIntegrityViolationException referencedAfterAll) {
            throw new DomainException("admin.topic.error.in-use");
        }
        audit.record(new AuditRecord(
                        actor.accountId(),
                        actor.displayName(),
                        "TOPIC_REMOVED",
                        "TOPIC",
                        topicId,
                        topic.describe(),
                        null,
                        dialogue.slug())
                .inProgramme(topic.dialogueId()));
    }

    private static int indexOf(List<Topic> order, long topicId) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).id() == topicId) {
                return i;
            }
        }
        throw new NotFoundException();
    }

    private static TopicSummary summary(Topic t) {
        return new TopicSummary(t.id(), t.slug(), t.title(), t.summary(), t.position());
    }

    private boolean slugTaken(String slug, long exceptId) {
        return queries.slugTaken(slug, exceptId);
    }

    /**
     * The bureau by either of its names, created when an admin typed a new one. A known bureau
     * whose name in one language was missing takes the one typed now; a name it already has in a
     * language stays (it is shared by other programmes: renaming a bureau is not a programme edit).
     */
    private long bureauId(Bilingual name, SignedInUser actor) {
        var existing = bureaus.byEitherName(name);
        if (existing.isEmpty()) {
            return bureaus.add(name);
        }
        long id = existing.get().id();
        var before = existing.get().name();
        var after = Bilingual.of(
                before.zh() == null ? name.zh() : before.zh(), before.en() == null ? name.en() : before.en());
        if (!after.equals(before)) {
            try {
                bureaus.rename(id, after);
            } catch (DuplicateKeyException nameOfAnotherBureau) {
                throw DomainException.atField(
                        !Objects.equals(after.zh(), before.zh()) ? "bureau.zh" : "bureau.en",
                        "admin.programme.error.bureau-other");
            }
            audit.record(new AuditRecord(
                    actor.accountId(),
                    actor.displayName(),
                    "BUREAU_NAMED",
                    "BUREAU",
                    id,
                    before.both(),
                    after.both(),
                    null));
        }
        return id;
    }

    static ProgrammeDraft check(ProgrammeDraft d) {
        var slug = slug(d.slug(), ProgrammeDraft.SLUG_MAX);
        var versions = new LanguageVersions();
        var title = versions.required("title", d.title(), ProgrammeDraft.TITLE_MAX);
        var guestName = versions.required("guestName", d.guestName(), ProgrammeDraft.GUEST_NAME_MAX);
        var guestTitle = versions.required("guestTitle", d.guestTitle(), ProgrammeDraft.GUEST_TITLE_MAX);
        var bureau = versions.required("bureau", d.bureauName(), ProgrammeDraft.BUREAU_MAX);
        var summary = versions.required("summary", d.summary(), ProgrammeDraft.SUMMARY_MAX);
        var series = versions.optional("series", d.series(), ProgrammeDraft.SERIES_MAX);
        versions.requireComplete();
        if (d.startsAt() == null) {
            throw DomainException.atField("startsAt", "validation.required");
        }
        var livestream = livestream(d.livestreamUrl());
        return new ProgrammeDraft(
                title, slug, guestName, guestTitle, bureau, summary, series, d.startsAt(), livestream);
    }

    static TopicDraft check(TopicDraft d) {
        var versions = new LanguageVersions();
        var title = versions.required("title", d.title(), TopicDraft.TITLE_MAX);
        var slug = slug(d.slug(), TopicDraft.SLUG_MAX);
        var summary = versions.optional("summary", d.summary(), TopicDraft.SUMMARY_MAX);
        versions.requireComplete();
        return new TopicDraft(title, slug, summary);
    }

    private static String slug(String text, int max) {
        var slug = Texts.required("slug", text, max);
        if (!SLUG.matcher(slug).matches()) {
            throw DomainException.atField("slug", "admin.error.slug-format");
        }
        return slug;
    }

    /** Only http and https addresses with a host: no javascript:, data: or file: links on public pages. */
    private static String livestream(String text) {
        var url = Texts.optional("livestreamUrl", text, ProgrammeDraft.LIVESTREAM_MAX);
        if (url == null) {
            return null;
        }
        try {
            var uri = new URI(url);
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https"))
                    || uri.getHost() == null
                    || uri.getHost().isBlank()) {
                throw DomainException.atField("livestreamUrl", "admin.programme.error.livestream-scheme");
            }
        } catch (URISyntaxException malformed) {
            throw DomainException.atField("livestreamUrl", "admin.programme.error.livestream-scheme");
        }
        return url;
    }
}
