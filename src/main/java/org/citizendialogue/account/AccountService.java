package org.citizendialogue.account;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.citizendialogue.shared.Bilingual;
import org.citizendialogue.shared.CurrentUser;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.NotFoundException;
import org.citizendialogue.shared.Roles;
import org.citizendialogue.shared.Texts;
import org.citizendialogue.shared.limits.Limit;
import org.citizendialogue.shared.limits.RateLimits;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registration and the few account facts other modules may ask for. */
@Service
public class AccountService {

    // deliberately simple: one @, no spaces, a dot in the domain; the real check is the sign-in
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final RateLimits limits;
    private final ReservedNames reservedNames;
    private final SignedInSessions sessions;
    private final EmailVerifications verifications;
    private final ApplicationEventPublisher events;

    AccountService(
            AccountRepository accounts,
            PasswordEncoder passwords,
            Clock clock,
            RateLimits limits,
            ReservedNames reservedNames,
            SignedInSessions sessions,
            EmailVerifications verifications,
            ApplicationEventPublisher events) {
        this.verifications = verifications;
        this.events = events;
        this.reservedNames = reservedNames;
        this.sessions = sessions;
        this.limits = limits;
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
    }

    /**
     * Signs up a resident. Every refusal of the form names the field it belongs to; nothing is
     * saved unless every check passes. The answer does not tell whether the address already has
     * an account (issue 11, finding 5): a new address gets an account and an e-mail with the link
     * that confirms it (decision 021); an existing one gets nothing new, and its owner an e-mail
     * saying someone tried to register with it. Both take the same attempt from the limits (per
     * e-mail and per client address) and the same password hashing work.
     */
    @Transactional
    public void register(RegistrationDraft draft) {
        var email = Texts.singleLine("email", draft.email(), RegistrationDraft.EMAIL_MAX)
                .toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(email).matches()) {
            throw DomainException.atField("email", "register.error.email-invalid");
        }
        var name = Texts.singleLine("displayName", draft.displayName(), RegistrationDraft.DISPLAY_NAME_MAX);
        reservedNames.requireAllowed(name);
        PasswordRules.check(draft.password(), email, name);
        if (!draft.privacyConsent()) {
            throw DomainException.atField("consent", "register.error.consent");
        }
        // counted per e-mail (known or not) and per client address only once the form is valid:
        // typing mistakes cost nothing, probing an address costs the same as signing up with it
        limits.consume(Limit.REGISTRATIONS, "email:" + email);
        var hash = passwords.encode(draft.password());
        var existing = accounts.findByEmail(email);
        if (existing.isPresent()) {
            events.publishEvent(new RegistrationWithExistingEmail(existing.get().id()));
            return;
        }
        long id;
        try {
            id = accounts.save(Account.register(email, name, hash, PrivacyNotice.VERSION, clock))
                    .id();
        } catch (DuplicateKeyException raceWithAnotherSignUp) {
            // two sign-ups with one address at the same moment: the second is asked to try again,
            // and then gets the same answer as any existing address
            throw new DomainException("register.error.try-again");
        }
        events.publishEvent(new AccountRegistered(id, draft.emailNotifications()));
        verifications.start(id);
    }

    /** Whether the signed-in person has yet to agree to the privacy notice in force (it changed since they last did). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean owesPrivacyConsent() {
        return accounts.findById(CurrentUser.require().accountId())
                .map(a -> !PrivacyNotice.VERSION.equals(a.privacyNoticeVersion()))
                .orElse(false);
    }

    /** Records that the signed-in person agreed to the privacy notice in force, and when. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void consentToPrivacyNotice() {
        var account = accounts.findById(CurrentUser.require().accountId()).orElseThrow();
        account.consentToPrivacyNotice(PrivacyNotice.VERSION, clock.instant());
        accounts.save(account);
    }

    /**
     * Changes the signed-in person's password: the current one must be given (a guess costs a
     * sign-in attempt of this account and address, taken before it is checked), and the new one
     * follows the same rules as at registration. Refusals name the field:
     * {@code currentPassword} or {@code password}.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changePassword(String currentPassword, String newPassword) {
        var account = accounts.findById(CurrentUser.require().accountId()).orElseThrow();
        limits.consume(Limit.SIGN_IN, "password-change:" + account.id());
        if (currentPassword == null || !passwords.matches(currentPassword, account.passwordHash())) {
            throw DomainException.atField("currentPassword", "password.error.current-wrong");
        }
        PasswordRules.check(newPassword, account.email(), account.displayName());
        if (newPassword.equals(currentPassword)) {
            throw DomainException.atField("password", "password.error.same");
        }
        account.changePasswordHash(passwords.encode(newPassword));
        accounts.save(account);
        SecurityEvents.byActor("PASSWORD_CHANGED", account.id());
        sessions.endAllBut(account.id(), SignedInSessions.currentSessionId());
    }

    /**
     * The public title staff answer under, in the languages it was written in; without one, the
     * display name, the same in both.
     */
    @Transactional(readOnly = true)
    public Bilingual publicTitleOf(long accountId) {
        return accounts.findById(accountId)
                .map(a -> a.publicTitle().isEmpty() ? Bilingual.of(a.displayName(), a.displayName()) : a.publicTitle())
                .orElseThrow(NotFoundException::new);
    }

    /** Whether the account exists and holds the role (e.g. before assigning staff to a programme). */
    @Transactional(readOnly = true)
    public boolean hasRole(long accountId, Roles role) {
        return accounts.findById(accountId).map(a -> a.roles().contains(role)).orElse(false);
    }

    /** E-mail address, name and language of several accounts at once, for notices sent after a commit. */
    @Transactional(readOnly = true)
    public Map<Long, Contact> contacts(Collection<Long> accountIds) {
        var found = new HashMap<Long, Contact>();
        accounts.findAllById(accountIds)
                .forEach(a -> found.put(a.id(), new Contact(a.id(), a.email(), a.displayName(), a.preferredLocale())));
        return found;
    }

    /** The language the signed-in person chose last time, if any. */
    @Transactional(readOnly = true)
    public Optional<Locale> preferredLocale() {
        return CurrentUser.get()
                .flatMap(u -> accounts.findById(u.accountId()))
                .map(Account::preferredLocale)
                .map(Locale::forLanguageTag);
    }

    /** Remembers the language the signed-in person chose. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void rememberLocale(Locale locale) {
        var account = accounts.findById(CurrentUser.require().accountId()).orElseThrow();
        account.preferLocale(locale.toLanguageTag());
        accounts.save(account);
    }
}
