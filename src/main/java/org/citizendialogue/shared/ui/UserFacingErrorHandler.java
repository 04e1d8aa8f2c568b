package org.citizendialogue.shared.ui;

import org.citizendialogue.shared.DatabaseOutage;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.ErrorIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;

/**
 * The one place where failures become messages: a refused rule in the person's language, a
 * conflict as "someone else changed this", the database unreachable as "try again in a minute"
 * (the 503 message of {@link ServerErrorView}, as a notification), anything else as a generic message with an error
 * id that is also in the log. Never a stack trace.
 */
class UserFacingErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UserFacingErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        var cause = rootDomainCause(event.getThrowable());
        var ui = UI.getCurrent();
        if (ui == null) {
            log.error("Error outside a UI", event.getThrowable());
            return;
        }
        if (DatabaseOutage.causes(event.getThrowable())) {
            // the view is left as it is, so what the person typed stays in its field
            log.warn(
                    "Database unreachable during an action: {}",
                    event.getThrowable().toString());
            Toasts.error(ui.getTranslation("error.database-unavailable"));
        } else if (cause instanceof DomainException domain) {
            Toasts.error(Refusals.text(domain));
        } else if (cause instanceof OptimisticLockingFailureException) {
            Toasts.error(ui.getTranslation("error.conflict"));
        } else if (cause instanceof AccessDeniedException) {
            Toasts.error(ui.getTranslation("error.forbidden"));
        } else {
            var errorId = ErrorIds.next();
            log.error("Unexpected error {}", errorId, event.getThrowable());
            Toasts.error(ui.getTranslation("error.unexpected", errorId));
        }
    }

    private static Throwable rootDomainCause(Throwable t) {
        for (var c = t; c != null; c = c.getCause()) {
            if (c instanceof DomainException
                    || c instanceof OptimisticLockingFailureException
                    || c instanceof AccessDeniedException) {
                return c;
            }
        }
        return t;
    }
}
