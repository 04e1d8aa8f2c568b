package org.citizendialogue.shared.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;

/** The two UI languages, and switching between them. */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, CHINESE);
    static final String COOKIE = "cd-locale";

    private Languages() {}

    /** The supported locale closest to the one given: Chinese for any zh, else English. */
    public static Locale supported(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? CHINESE : ENGLISH;
    }

    /** Switches this UI and session to the locale and sets the page's lang attribute. */
    public static void apply(UI ui, Locale locale) {
        var chosen = supported(locale);
        var session = VaadinSession.getCurrent();
        if (session != null) {
            session.setLocale(chosen);
        }
        ui.setLocale(chosen);
        ui.getElement().executeJs("document.documentElement.lang = $0", chosen.toLanguageTag());
    }

    /**
     * Switches to the locale: remembered in a cookie for the next visit (set by the browser, since
     * a push request has no response to carry it), then the page reloads in the new language.
     */
    static void switchTo(UI ui, Locale locale) {
        var chosen = supported(locale);
        apply(ui, chosen);
        ui.getPage()
                .executeJs(
                        "document.cookie = $0 + '=' + $1 + '; path=/; max-age=31536000; samesite=lax';"
                                + " window.location.reload();",
                        COOKIE,
                        chosen.toLanguageTag());
    }
}
