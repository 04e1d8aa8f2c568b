package org.citizendialogue.shared.ui;

import org.citizendialogue.shared.ErrorIds;
import org.citizendialogue.shared.FailureKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Every other failure of a navigation: the database unreachable is a 503 "try again in a
 * minute", a crafted address a 400, a missing thing a 404, anything else a 500 whose error id is
 * logged with the stack trace. See docs/operations.md.
 */
@AnonymousAllowed
public class ServerErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        var failure = parameter.getCaughtException();
        var kind = FailureKind.of(failure);
        var path = event == null ? "?" : event.getLocation().getPath();
        String errorId = null;
        if (kind == FailureKind.UNAVAILABLE) {
            log.warn("Database unreachable while showing /{}: {}", path, failure.toString());
        } else if (kind == FailureKind.UNEXPECTED) {
            errorId = ErrorIds.next();
            log.error("Unexpected error {} while showing /{}", errorId, path, failure);
        } else {
            log.debug("{} for /{}", kind, path);
        }
        return show(kind, errorId);
    }
}
