package org.citizendialogue.account;

/**
 * What a person types into the sign-up form. E-mail notifications are a consent of their own
 * (issue 12): off unless ticked.
 */
public record RegistrationDraft(
        String email, String displayName, String password, boolean privacyConsent, boolean emailNotifications) {

    public static final int EMAIL_MAX = 254;
    public static final int DISPLAY_NAME_MAX = 60;
    public static final int PASSWORD_MIN = 12;
    public static final int PASSWORD_MAX = 128;

    /** A sign-up that did not ask for e-mail notifications. */
    public RegistrationDraft(String email, String displayName, String password, boolean privacyConsent) {
        this(email, displayName, password, privacyConsent, false);
    }
}
