package org.citizendialogue.notification;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.springframework.stereotype.Component;

/** The UI bundles, read outside any UI: e-mails are written in the recipient's language. */
@Component
class MailTexts {

    private static final String BUNDLE = "vaadin-i18n/translations";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    NoticeText.Translator in(Locale locale) {
        var bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
        return (key, args) -> new MessageFormat(bundle.getString(key), locale).format(args);
    }

    static Locale localeOf(String preferred) {
        return preferred != null && preferred.toLowerCase(Locale.ROOT).startsWith("zh")
                ? Locale.SIMPLIFIED_CHINESE
                : Locale.ENGLISH;
    }
}
