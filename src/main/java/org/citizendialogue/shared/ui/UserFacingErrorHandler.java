package org.citizendialogue.shared.ui;

import java.util.UUID;

import org.citizendialogue.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;

/**
 * The one place where failures become messages: a refused rule in the person's language, a
 * conflict as "someone else changed this", anything else as a generic message with an error
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
        if (cause instanceof DomainException domain) {
            Toasts.error(ui.getTranslation(domain.messageKey(), domain.arguments(ui.getLocale())));
        } else if (cause instanceof OptimisticLockingFailureException) {
            Toasts.error(ui.getTranslation("error.conflict"));
        } else if (cause instanceof AccessDeniedException) {
            Toasts.error(ui.getTranslation("error.forbidden"));
        } else {
            var errorId = UUID.randomUUID().toString().substring(0, 8);
            log.error("Unexpected error {}", errorId, event.getThrowable());
            Toasts.error(ui.getTranslation("error.unexpected", errorId));
        }
    }

    private static Throwable rootDomainCause(Throwable t) {
        for (var c = t; c != null; c = c.getCause()) {
            if (c instanceof DomainException || c instanceof OptimisticLockingFailureException
                    || c instanceof AccessDeniedException) {
                return c;
            }
        }
        return t;
    }
}
