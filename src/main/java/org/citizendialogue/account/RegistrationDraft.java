package org.citizendialogue.account;

/** What a person types into the sign-up form. */
public record RegistrationDraft(String email, String displayName, String password, boolean privacyConsent) {

    public static final int EMAIL_MAX = 254;
    public static final int DISPLAY_NAME_MAX = 60;
    public static final int PASSWORD_MIN = 12;
    public static final int PASSWORD_MAX = 128;
}
