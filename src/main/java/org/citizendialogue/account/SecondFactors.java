package org.citizendialogue.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.citizendialogue.audit.AuditLog;
import org.citizendialogue.audit.AuditRecord;
import org.citizendialogue.shared.CurrentUser;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.NotFoundException;
import org.citizendialogue.shared.Roles;
import org.citizendialogue.shared.SignedInUser;
import org.citizendialogue.shared.limits.ClientAddress;
import org.citizendialogue.shared.limits.Limit;
import org.citizendialogue.shared.limits.RateLimits;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;

/**
 * The second step of sign-in (decision 023): a time-based one-time code (RFC 6238: six digits,
 * 30 seconds, SHA-1, as every authenticator app reads from a QR code) or one of ten single-use
 * recovery codes. Enrolment stores a new secret and confirms it with a first code; a code's time
 * step is never accepted twice; attempts are limited ({@link Limit#SECOND_FACTOR}). Success puts
 * the person's roles into this session. An admin can reset a colleague's factor, which ends their
 * sessions; a resident who enrolled by choice can switch it off with a code.
 */
@Service
public class SecondFactors {

    /** The issuer shown in authenticator apps. */
    static final String ISSUER = "Citizen Dialogue";

    static final int RECOVERY_CODES = 10;
    private static final int PERIOD_SECONDS = 30;
    /**
     * The secret of the demo back-office accounts (demo data only): with it the demo shows the
     * current code on the second-factor page, so the portal can be tried without an app.
     */
    static final String DEMO_SECRET = "CITIZENDIALOGUEDEMOSECRET2345677";

    /** A secret to enrol: the text to type and the QR code (a PNG data URI) to scan. */
    public record Enrolment(String secret, String qrCode) {}

    private final SecondFactorStore store;
    private final RateLimits limits;
    private final RolesCache roles;
    private final SecondFactorPolicy policy;
    private final SignedInSessions sessions;
    private final AuditLog audit;
    private final Clock clock;
    private final CodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);

    private final boolean demoMode;
    /** The security context holder of this application context, which method security reads. */
    private final SecurityContextHolderStrategy strategy;

    SecondFactors(
            SecondFactorStore store,
            RateLimits limits,
            RolesCache roles,
            SecondFactorPolicy policy,
            SignedInSessions sessions,
            AuditLog audit,
            Clock clock,
            @Value("${dialogue.demo.enabled:false}") boolean demoMode,
            ObjectProvider<SecurityContextHolderStrategy> strategies) {
        this.demoMode = demoMode;
        this.strategy = strategies.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        this.store = store;
        this.limits = limits;
        this.roles = roles;
        this.policy = policy;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the signed-in person has a confirmed second factor. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean enrolled() {
        return confirmedSecret(CurrentUser.require().accountId()).isPresent();
    }

    /**
     * In demo mode, for the demo accounts only (whose secret is published in README): the code
     * of this moment, so that trying the portal needs no authenticator app.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<String> demoCode() {
        if (!demoMode) {
            return Optional.empty();
        }
        return confirmedSecret(CurrentUser.require().accountId())
                .filter(DEMO_SECRET::equals)
                .map(secret -> {
                    try {
                        return codes.generate(secret, clock.instant().getEpochSecond() / PERIOD_SECONDS);
                    } catch (CodeGenerationException e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    /** Whether the person may switch the second factor off: only when nothing but their choice requires it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean optional() {
        var user = CurrentUser.require();
        return !policy.required(heldRoles(user.accountId()), false);
    }

    /**
     * Starts (or starts again) enrolment with a new secret; an enrolled person cannot replace
     * their factor this way (an admin resets it, or a resident switches it off first).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Enrolment startEnrolment() {
        var user = CurrentUser.require();
        if (confirmedSecret(user.accountId()).isPresent()) {
            throw new DomainException("mfa.error.already-enrolled");
        }
        var secret = new DefaultSecretGenerator(32).generate();
        store.startEnrolment(user.accountId(), secret, clock.instant());
        var data = new QrData.Builder()
                .label(user.email())
                .secret(secret)
                .issuer(ISSUER)
                .algorithm(HashingAlgorithm.SHA1)
                .digits(6)
                .period(PERIOD_SECONDS)
                .build();
        try {
            var generator = new ZxingPngQrGenerator();
            return new Enrolment(
                    secret, Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType()));
        } catch (QrGenerationException e) {
            throw new IllegalStateException("QR code not generated", e);
        }
    }

    /**
     * Confirms enrolment with a code from the new secret; completes this session's sign-in and
     * returns the recovery codes, shown once (only their hashes are kept).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public List<String> confirmEnrolment(String code) {
        var user = CurrentUser.require();
        consumeAttempt(user);
        var secret = store.pendingSecretLocked(user.accountId())
                .orElseThrow(() -> new DomainException("mfa.error.no-enrolment"));
        var step = matchingStep(secret, code, Long.MIN_VALUE).orElseThrow(() -> {
            SecurityEvents.byActor("SECOND_FACTOR_FAILED", user.accountId(), "while=enrolling");
            return DomainException.atField("code", "mfa.error.wrong-code");
        });
        store.confirm(user.accountId(), clock.instant(), step);
        var recovery = replaceRecoveryCodes(user.accountId());
        roles.forget(user.accountId());
        audit.record(new AuditRecord(
                user.accountId(),
                user.displayName(),
                "SECOND_FACTOR_ENROLLED",
                "ACCOUNT",
                user.accountId(),
                null,
                null,
                null));
        SecurityEvents.byActor("SECOND_FACTOR_ENROLLED", user.accountId());
        giveBackAttempt(user);
        completeSignIn(user);
        return recovery;
    }

    /**
     * The second step of sign-in: a current code of the person's authenticator, or an unused
     * recovery code (which is then spent). Wrong codes are refused with a message and counted.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void verify(String code) {
        var user = CurrentUser.require();
        consumeAttempt(user);
        var step = useCurrentCode(user.accountId(), code);
        if (step.isPresent()) {
            SecurityEvents.byActor("SECOND_FACTOR_PASSED", user.accountId(), "with=code");
        } else if (spendRecoveryCode(user.accountId(), code)) {
            SecurityEvents.byActor("SECOND_FACTOR_PASSED", user.accountId(), "with=recovery-code");
        } else {
            SecurityEvents.byActor("SECOND_FACTOR_FAILED", user.accountId());
            throw DomainException.atField("code", "mfa.error.wrong-code");
        }
        giveBackAttempt(user);
        completeSignIn(user);
    }

    /** How many unused recovery codes the person has left. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public int recoveryCodesLeft() {
        return store.recoveryCodesLeft(CurrentUser.require().accountId());
    }

    /** New recovery codes for an enrolled person (the old ones stop working); asks for a current code first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public List<String> renewRecoveryCodes(String code) {
        var user = CurrentUser.require();
        requireCurrentCode(user, code);
        var recovery = replaceRecoveryCodes(user.accountId());
        audit.record(new AuditRecord(
                user.accountId(),
                user.displayName(),
                "RECOVERY_CODES_RENEWED",
                "ACCOUNT",
                user.accountId(),
                null,
                null,
                null));
        SecurityEvents.byActor("RECOVERY_CODES_RENEWED", user.accountId());
        return recovery;
    }

    /** A resident who enrolled by choice switches the second factor off, with a current code. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void switchOff(String code) {
        var user = CurrentUser.require();
        if (policy.required(heldRoles(user.accountId()), false)) {
            throw new DomainException("mfa.error.required");
        }
        requireCurrentCode(user, code);
        remove(user.accountId());
        audit.record(new AuditRecord(
                user.accountId(),
                user.displayName(),
                "SECOND_FACTOR_REMOVED",
                "ACCOUNT",
                user.accountId(),
                null,
                null,
                null));
        SecurityEvents.byActor("SECOND_FACTOR_REMOVED", user.accountId());
    }

    /**
     * An admin resets a colleague's second factor (a lost phone): it is removed, their sessions
     * end, and they enrol again at their next sign-in. Audited.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void reset(long accountId) {
        var actor = CurrentUser.require();
        if (!store.accountExists(accountId)) {
            throw new NotFoundException();
        }
        remove(accountId);
        int ended = sessions.endAll(accountId);
        audit.record(new AuditRecord(
                actor.accountId(),
                actor.displayName(),
                "SECOND_FACTOR_RESET",
                "ACCOUNT",
                accountId,
                null,
                ended + " sessions",
                null));
        SecurityEvents.byActor("SECOND_FACTOR_RESET", accountId);
    }

    /** For a confirmation on /me (deleting the account): a current code when the person enrolled, nothing otherwise. */
    void requireCurrentCodeIfEnrolled(SignedInUser user, String code) {
        if (confirmedSecret(user.accountId()).isPresent()) {
            requireCurrentCode(user, code);
        }
    }

    private void requireCurrentCode(SignedInUser user, String code) {
        consumeAttempt(user);
        useCurrentCode(user.accountId(), code)
                .orElseThrow(() -> DomainException.atField("code", "mfa.error.wrong-code"));
        giveBackAttempt(user);
    }

    /**
     * Checks a code of the account's confirmed factor (its row locked) and, if it is right,
     * records its time step, so that it is never accepted again. Empty for a wrong or used code.
     */
    private Optional<Long> useCurrentCode(long accountId, String code) {
        var factor = store.confirmedLocked(accountId).orElseThrow(() -> new DomainException("mfa.error.no-enrolment"));
        var step = matchingStep(
                factor.secret(), code, factor.lastUsedStep() == null ? Long.MIN_VALUE : factor.lastUsedStep());
        step.ifPresent(used -> store.useStep(accountId, used));
        return step;
    }

    private void remove(long accountId) {
        store.remove(accountId);
        roles.forget(accountId);
    }

    private void consumeAttempt(SignedInUser user) {
        limits.consume(Limit.SECOND_FACTOR, "account:" + user.accountId());
    }

    /** A right code costs nothing: only wrong ones use up the allowance. */
    private void giveBackAttempt(SignedInUser user) {
        limits.giveBack(
                Limit.SECOND_FACTOR,
                "account:" + user.accountId(),
                ClientAddress.current().orElse(null));
    }

    /** The time step (now, or one either side for clock drift) whose code this is, if later than the last one used. */
    private Optional<Long> matchingStep(String secret, String code, long lastUsed) {
        var typed = code == null ? "" : code.replaceAll("\\s", "");
        if (!typed.matches("\\d{6}")) {
            return Optional.empty();
        }
        long now = clock.instant().getEpochSecond() / PERIOD_SECONDS;
        for (long step = now - 1; step <= now + 1; step++) {
            try {
                if (step > lastUsed
                        && MessageDigest.isEqual(
                                codes.generate(secret, step).getBytes(StandardCharsets.US_ASCII),
                                typed.getBytes(StandardCharsets.US_ASCII))) {
                    return Optional.of(step);
                }
            } catch (CodeGenerationException e) {
                throw new IllegalStateException(e);
            }
        }
        return Optional.empty();
    }

    private boolean spendRecoveryCode(long accountId, String code) {
        var normalised = normaliseRecovery(code);
        if (normalised.isEmpty()) {
            return false;
        }
        return store.spendRecoveryCode(accountId, hash(normalised), clock.instant());
    }

    private List<String> replaceRecoveryCodes(long accountId) {
        var recovery = List.of(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
        store.replaceRecoveryCodes(
                accountId,
                recovery.stream().map(code -> hash(normaliseRecovery(code))).toList());
        return recovery;
    }

    /** Puts the roles the person holds into this session, marked as signed in with both factors. */
    private void completeSignIn(SignedInUser user) {
        var authentication = strategy.getContext().getAuthentication();
        var token = SessionAuthentication.of(
                user,
                heldRoles(user.accountId()),
                true,
                false,
                authentication == null ? null : authentication.getDetails());
        SignedInSessions.putInThisSession(token, strategy);
    }

    private Set<Roles> heldRoles(long accountId) {
        return roles.heldNow(accountId);
    }

    private Optional<String> confirmedSecret(long accountId) {
        return store.confirmedSecret(accountId);
    }

    private static String normaliseRecovery(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    private static String hash(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
