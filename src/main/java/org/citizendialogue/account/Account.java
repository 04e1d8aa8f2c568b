package org.citizendialogue.account;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.citizendialogue.shared.Bilingual;
import org.citizendialogue.shared.Roles;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

@Table("account")
class Account {

    @Id
    private Long id;

    @Version
    private Integer version;

    private String email;
    private String displayName;
    private String passwordHash;
    private String publicTitle;
    private String publicTitleZh;
    private String preferredLocale;
    private Instant privacyConsentAt;
    private Instant createdAt;
    /** When the person confirmed the e-mail address; null until then (decision 021). */
    private Instant emailVerifiedAt;
    /** The version of the privacy notice the person last agreed to (decision 024). */
    private String privacyNoticeVersion;
    /** When the person's data was erased (the account deleted); null while it is in use. */
    private Instant erasedAt;

    @MappedCollection(idColumn = "account_id")
    private Set<AccountRole> roles = new HashSet<>();

    @PersistenceCreator
    Account() {}

    static Account register(String email, String displayName, String passwordHash, String noticeVersion, Clock clock) {
        var account = new Account();
        account.email = email;
        account.displayName = displayName;
        account.passwordHash = passwordHash;
        account.createdAt = clock.instant();
        account.privacyConsentAt = account.createdAt;
        account.privacyNoticeVersion = noticeVersion;
        account.roles.add(new AccountRole(Roles.RESIDENT.name()));
        return account;
    }

    /** The person agreed to this version of the privacy notice now. */
    void consentToPrivacyNotice(String version, Instant at) {
        privacyNoticeVersion = version;
        privacyConsentAt = at;
    }

    String privacyNoticeVersion() {
        return privacyNoticeVersion;
    }

    boolean erased() {
        return erasedAt != null;
    }

    void grant(Roles role) {
        roles.add(new AccountRole(role.name()));
    }

    /** Takes a role away; returns whether the account had it. */
    boolean revoke(Roles role) {
        return roles.remove(new AccountRole(role.name()));
    }

    /** The title answers are attributed with (staff), in either language or both; none: the display name is used. */
    void entitle(Bilingual title) {
        this.publicTitle = title.en();
        this.publicTitleZh = title.zh();
    }

    void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    /** The address is confirmed (the link in the e-mail was opened, or the account was made trusted). */
    void verifyEmail(Instant at) {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = at;
        }
    }

    boolean emailVerified() {
        return emailVerifiedAt != null;
    }

    void preferLocale(String languageTag) {
        this.preferredLocale = languageTag;
    }

    Long id() {
        return id;
    }

    String email() {
        return email;
    }

    String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    Bilingual publicTitle() {
        return Bilingual.of(publicTitleZh, publicTitle);
    }

    String preferredLocale() {
        return preferredLocale;
    }

    Set<Roles> roles() {
        return roles.stream()
                .map(r -> Roles.valueOf(r.role()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Roles.class)));
    }
}
