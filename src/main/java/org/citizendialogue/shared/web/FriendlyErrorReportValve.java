package org.citizendialogue.shared.web;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.citizendialogue.shared.FailureKind;

/**
 * Tomcat's last-resort error page (for requests it refuses before the application sees them,
 * such as a malformed {@code %} escape in the path) replaced by the portal's friendly page:
 * the status stays (400), the text is ours, nothing about the server or the failure is shown.
 */
public class FriendlyErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        var ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get() || !response.setErrorReported()) {
            return;
        }
        try {
            ContentSecurityPolicy.errorPageHeaders(response);
            response.setContentType("text/html");
            response.setCharacterEncoding("UTF-8");
            var writer = response.getReporter();
            if (writer != null) {
                writer.write(ErrorPageHtml.render(FailureKind.ofStatus(status), request.getLocale(), null));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client went away; nothing to tell it
        }
    }
}
