package org.citizendialogue.submission;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.citizendialogue.audit.AuditLog;
import org.citizendialogue.audit.AuditRecord;
import org.citizendialogue.shared.CurrentUser;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.NotFoundException;
import org.citizendialogue.shared.Texts;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The admin-managed list of blocked words and phrases, and the check every new submission goes
 * through. A phrase matches as a case-insensitive substring of the text (Chinese has no word
 * boundaries), after both are normalised (NFKC, so full-width letters match; runs of white space
 * as one space). The list is cached and reloaded after a change commits, and at least once a
 * minute, so a change made on another node also counts soon.
 */
@Service
public class BlockedPhrases {

    public static final int PHRASE_MAX = 100;
    private static final Duration CACHE_FOR = Duration.ofMinutes(1);
    private static final Pattern SPACES = Pattern.compile("(?U)\\s+");

    private final ListedPhraseRepository phrases;
    private final AuditLog audit;
    private final Clock clock;
    private volatile Cached cached;

    BlockedPhrases(ListedPhraseRepository phrases, AuditLog audit, Clock clock) {
        this.phrases = phrases;
        this.audit = audit;
        this.clock = clock;
    }

    /** A phrase the text contains, with what it does. */
    record Match(String phrase, PhraseAction action) {}

    private record Entry(String normalised, String phrase, PhraseAction action) {}

    private record Cached(List<Entry> entries, Instant loadedAt) {}

    /** The first phrase that refuses the text, else the first that holds it. */
    Optional<Match> match(String text) {
        var normalised = normalise(text);
        Match hold = null;
        for (var entry : entries()) {
            if (normalised.contains(entry.normalised())) {
                if (entry.action() == PhraseAction.REFUSE) {
                    return Optional.of(new Match(entry.phrase(), entry.action()));
                }
                hold = hold == null ? new Match(entry.phrase(), entry.action()) : hold;
            }
        }
        return Optional.ofNullable(hold);
    }

    static String normalise(String text) {
        var nfkc = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC);
        return SPACES.matcher(nfkc.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private List<Entry> entries() {
        var current = cached;
        if (current == null || current.loadedAt().plus(CACHE_FOR).isBefore(clock.instant())) {
            var entries = phrases.findAll().stream()
                    .map(ListedPhrase::view)
                    .sorted(Comparator.comparingLong(BlockedPhrase::id))
                    .map(p -> new Entry(normalise(p.phrase()), p.phrase(), p.action()))
                    .filter(e -> !e.normalised().isEmpty())
                    .toList();
            current = new Cached(entries, clock.instant());
            cached = current;
        }
        return current.entries();
    }

    // ---- the admins' list ----

    /** Every phrase, alphabetically. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<BlockedPhrase> list() {
        return phrases.findAllByOrderByPhraseAscIdAsc().stream()
                .map(ListedPhrase::view)
                .toList();
    }

    /** Adds a phrase; refuses an empty, too long or already listed one at the phrase field. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public long add(String phrase, PhraseAction action) {
        var admin = CurrentUser.require();
        var text = SPACES.matcher(Texts.required("phrase", phrase, PHRASE_MAX)).replaceAll(" ");
        if (action == null) {
            throw DomainException.atField("action", "validation.required");
        }
        if (phrases.existsByPhrase(text)) {
            throw DomainException.atField("phrase", "blocked.error.duplicate");
        }
        long id;
        try {
            id = phrases.save(ListedPhrase.of(text, action, clock.instant())).id();
        } catch (DuplicateKeyException raceWithAnotherAdmin) {
            throw DomainException.atField("phrase", "blocked.error.duplicate");
        }
        audit.record(new AuditRecord(
                admin.accountId(),
                admin.displayName(),
                "BLOCKED_PHRASE_ADDED",
                "BLOCKED_PHRASE",
                id,
                null,
                action + ": " + text,
                null));
        changed();
        return id;
    }

    /** Changes what a phrase does. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void changeAction(long id, PhraseAction action) {
        var admin = CurrentUser.require();
        if (action == null) {
            throw DomainException.atField("action", "validation.required");
        }
        var listed = find(id);
        var before = listed.describe();
        if (!listed.act(action)) {
            return;
        }
        phrases.save(listed);
        audit.record(new AuditRecord(
                admin.accountId(),
                admin.displayName(),
                "BLOCKED_PHRASE_CHANGED",
                "BLOCKED_PHRASE",
                id,
                before,
                listed.describe(),
                null));
        changed();
    }

    /** Takes a phrase off the list. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void remove(long id) {
        var admin = CurrentUser.require();
        var listed = find(id);
        phrases.delete(listed);
        audit.record(new AuditRecord(
                admin.accountId(),
                admin.displayName(),
                "BLOCKED_PHRASE_REMOVED",
                "BLOCKED_PHRASE",
                id,
                listed.describe(),
                null,
                null));
        changed();
    }

    private ListedPhrase find(long id) {
        return phrases.findById(id).orElseThrow(NotFoundException::new);
    }

    /** Forget the cache now and again after commit, so no reader keeps the list from before the change. */
    private void changed() {
        cached = null;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    cached = null;
                }
            });
        }
    }
}
