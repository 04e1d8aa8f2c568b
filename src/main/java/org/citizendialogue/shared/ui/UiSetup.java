package org.citizendialogue.shared.ui;

import java.util.Arrays;
import java.util.Locale;

import org.citizendialogue.shared.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * Per session and per UI set-up: the error handler that turns failures into messages, the
 * language (the account's choice, else the cookie's, else the browser's), and the count of open
 * UIs for operators ({@code dialogue_ui_open}).
 */
@Component
class UiSetup implements VaadinServiceInitListener {

    private final ObjectProvider<LocalePreference> localePreference;
    private final OpenUis openUis;

    UiSetup(ObjectProvider<LocalePreference> localePreference, OpenUis openUis) {
        this.localePreference = localePreference;
        this.openUis = openUis;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(new UserFacingErrorHandler()));
        var i18n = event.getSource().getInstantiator().getI18NProvider();
        // an ended session says so in the person's language, says what was not sent, and offers to sign in
        event.getSource().setSystemMessagesProvider(info -> {
            var messages = new CustomizedSystemMessages();
            var locale = info.getLocale() == null ? Locale.ENGLISH : info.getLocale();
            messages.setSessionExpiredCaption(i18n.getTranslation("session.ended.caption", locale));
            messages.setSessionExpiredMessage(i18n.getTranslation("session.ended.message", locale));
            messages.setSessionExpiredURL("login");
            return messages;
        });
        event.getSource().addUIInitListener(e -> {
            var ui = e.getUI();
            openUis.opened(ui);
            var request = VaadinService.getCurrentRequest();
            var fromCookie = request == null || request.getCookies() == null
                    ? null
                    : Arrays.stream(request.getCookies())
                            .filter(c -> Languages.COOKIE.equals(c.getName()))
                            .map(c -> Locale.forLanguageTag(c.getValue()))
                            .findFirst()
                            .orElse(null);
            var fromAccount = accountLanguage();
            var chosen = fromAccount != null ? fromAccount : fromCookie != null ? fromCookie : ui.getLocale();
            Languages.apply(ui, chosen);
        });
    }

    /** The account's chosen language; none while the database is unreachable, so the error page still shows. */
    private Locale accountLanguage() {
        if (CurrentUser.get().isEmpty() || localePreference.getIfAvailable() == null) {
            return null;
        }
        try {
            return localePreference.getObject().preferred().orElse(null);
        } catch (DataAccessException e) {
            return null;
        }
    }
}
