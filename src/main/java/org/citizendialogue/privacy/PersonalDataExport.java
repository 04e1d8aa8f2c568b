package org.citizendialogue.privacy;

import java.io.OutputStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;

import org.citizendialogue.audit.AuditLog;
import org.citizendialogue.audit.AuditRecord;
import org.citizendialogue.shared.CurrentUser;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.PersonalDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.JsonEncoding;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Download my data" (issue 12, decision 024): one JSON file with everything the portal holds
 * about the signed-in person, written by each module ({@link PersonalDataSource}) and streamed.
 * A {@link Ticket} is made on request and lives only in the person's UI session: it can be used
 * once, by that person, within {@code dialogue.privacy.export-valid-for} (10 minutes). Audited.
 */
@Service
public class PersonalDataExport {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A prepared export: single use, for one account, until it expires. */
    public static final class Ticket {
        private final long accountId;
        private final Instant expiresAt;
        private final String id;
        private final AtomicBoolean used = new AtomicBoolean();

        private Ticket(long accountId, Instant expiresAt) {
            this.accountId = accountId;
            this.expiresAt = expiresAt;
            this.id = Long.toHexString(RANDOM.nextLong());
        }

        public Instant expiresAt() {
            return expiresAt;
        }

        /** A name for the file: the date and a random part, never the person's name or e-mail. */
        public String fileName() {
            return "citizen-dialogue-my-data-" + id + ".json";
        }

        public boolean used() {
            return used.get();
        }
    }

    private final List<PersonalDataSource> sources;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration validFor;

    PersonalDataExport(
            List<PersonalDataSource> sources,
            AuditLog audit,
            JsonMapper json,
            Clock clock,
            @Value("${dialogue.privacy.export-valid-for:10m}") Duration validFor) {
        this.sources = sources.stream()
                .sorted(Comparator.comparingInt(PersonalDataSource::position))
                .toList();
        this.audit = audit;
        this.json = json;
        this.clock = clock;
        this.validFor = validFor;
    }

    /** Prepares an export of the signed-in person's own data. */
    @PreAuthorize("hasRole('RESIDENT') or hasRole('MODERATOR') or hasRole('STAFF') or hasRole('ADMIN')")
    public Ticket prepare() {
        return new Ticket(CurrentUser.require().accountId(), clock.instant().plus(validFor));
    }

    /**
     * Writes the file for the ticket's owner, once: a second use, another person's session or an
     * expired ticket are refused. {@code texts} gives the explanations in the person's language.
     * One transaction: every section is read from the same snapshot.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void write(Ticket ticket, OutputStream out, UnaryOperator<String> texts) {
        var user = CurrentUser.require();
        if (user.accountId() != ticket.accountId) {
            throw new AccessDeniedException("Not this person's export");
        }
        if (clock.instant().isAfter(ticket.expiresAt)) {
            throw new DomainException("export.error.expired");
        }
        if (!ticket.used.compareAndSet(false, true)) {
            throw new DomainException("export.error.used");
        }
        audit.record(new AuditRecord(
                user.accountId(), user.displayName(), "DATA_EXPORTED", "ACCOUNT", user.accountId(), null, null, null));
        try (var generator = json.createGenerator(out, JsonEncoding.UTF8)) {
            generator.writeStartObject();
            generator.writeName("about");
            generator.writeStartObject();
            generator.writeStringProperty("file", texts.apply("export.about.file"));
            generator.writeStringProperty("made_at", clock.instant().toString());
            generator.writeStringProperty("times", texts.apply("export.about.times"));
            generator.writeName("sections");
            generator.writeStartObject();
            for (var source : sources) {
                for (var section : source.sections()) {
                    generator.writeStringProperty(section, texts.apply("export.section." + section));
                }
            }
            generator.writeEndObject();
            generator.writeEndObject();
            for (var source : sources) {
                source.write(user.accountId(), generator);
            }
            generator.writeEndObject();
        }
    }
}
