package org.citizendialogue.shared;

/**
 * What a failure means to the person who met it, and the HTTP status it answers with. The
 * portal's error views and its plain-HTTP error page both sort failures this way, and only the
 * unexpected kind is logged with a stack trace (under an error id).
 */
public enum FailureKind {
    BAD_REQUEST(400, "error.page.bad-request"),
    NOT_FOUND(404, "error.page.not-found"),
    UNAVAILABLE(503, "error.page.unavailable"),
    UNEXPECTED(500, "error.page.unexpected");

    private final int status;
    private final String messageKey;

    FailureKind(int status, String messageKey) {
        this.status = status;
        this.messageKey = messageKey;
    }

    public int status() {
        return status;
    }

    /** The bundle key prefix: {@code .title} and {@code .message} follow. */
    public String messageKey() {
        return messageKey;
    }

    public static FailureKind of(Throwable failure) {
        if (DatabaseOutage.causes(failure)) {
            return UNAVAILABLE;
        }
        for (var c = failure; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof NotFoundException || c instanceof com.vaadin.flow.router.NotFoundException) {
                return NOT_FOUND;
            }
        }
        return UNEXPECTED;
    }

    public static FailureKind ofStatus(int status) {
        return switch (status) {
            case 404, 405 -> NOT_FOUND;
            case 503 -> UNAVAILABLE;
            default -> status >= 400 && status < 500 ? BAD_REQUEST : UNEXPECTED;
        };
    }
}
