package org.citizendialogue.account.ui;

import org.citizendialogue.shared.ui.MainLayout;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The privacy notice residents consent to when they sign up. */
@Route(value = "privacy", layout = MainLayout.class)
@AnonymousAllowed
class PrivacyView extends VerticalLayout implements HasDynamicTitle {

    PrivacyView() {
        addClassName("narrow-page");
        add(new H1(getTranslation("privacy.title")));
        for (int i = 1; i <= 4; i++) {
            add(new Paragraph(getTranslation("privacy.p" + i)));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.title") + " · " + getTranslation("app.name");
    }
}
