package org.citizendialogue.shared.ui;

import org.citizendialogue.shared.FailureKind;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * The friendly page shown for every failure of a navigation: a title, what to do, and for the
 * unexpected kind the error id that is in the log. Never the exception's text. No layout, so
 * that it renders even while the database (which the layout reads for counters) is unreachable.
 */
abstract class ErrorPage extends Main implements HasDynamicTitle {

    private String pageTitle = "";

    ErrorPage() {
        setId("error-page");
        addClassName("error-page");
    }

    /** Fills the page and returns the HTTP status it answers with. */
    int show(FailureKind kind, String errorId) {
        removeAll();
        pageTitle = getTranslation(kind.messageKey() + ".title");
        var title = new H1(pageTitle);
        title.setId("error-title");
        var message = new Paragraph(getTranslation(kind.messageKey() + ".message"));
        message.setId("error-message");
        var home = new Anchor("", getTranslation("error.page.home"));
        home.setId("error-home");
        add(title, message, home);
        if (errorId != null) {
            var id = new Paragraph(getTranslation("error.page.error-id", errorId));
            id.setId("error-id");
            add(id);
        }
        return kind.status();
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
