package org.citizendialogue.shared.limits;

/** The actions that are rate limited, each with its own allowance per account and per address. */
public enum Limit {
    SUBMISSIONS,
    VOTES,
    REPORTS,
    /** Registration attempts, per e-mail (known or not) and per address. */
    REGISTRATIONS,
    SIGN_IN,
    /** Failed sign-ins on one e-mail from any address: the slower ceiling (decision 019). */
    SIGN_IN_ACCOUNT,
    /** Requests for a password reset e-mail, per e-mail and per address. */
    PASSWORD_RESETS,
    /** Codes typed at the second step of sign-in (TOTP or recovery), per account and per address. */
    SECOND_FACTOR,
    /** "Send the link again" for an unconfirmed e-mail address, per account and per address. */
    VERIFICATION_MAILS
}
