package org.citizendialogue.notification;

/** How much e-mail a person wants: every notice, notices about answers only, or none. */
public enum MailSetting {
    ALL,
    ANSWERS_ONLY,
    NONE;

    public boolean sends(NoticeKind kind) {
        return this == ALL || this == ANSWERS_ONLY && kind.aboutAnswers();
    }
}
