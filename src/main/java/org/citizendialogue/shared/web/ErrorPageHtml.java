package org.citizendialogue.shared.web;

import java.util.Locale;
import java.util.ResourceBundle;

import org.citizendialogue.shared.FailureKind;
import org.springframework.web.util.HtmlUtils;

/** The friendly error page as plain HTML, in English or Chinese, from the UI's bundles. */
final class ErrorPageHtml {

    private ErrorPageHtml() {}

    static ResourceBundle bundle(Locale locale) {
        var chinese = locale != null && "zh".equals(locale.getLanguage());
        return ResourceBundle.getBundle(
                "vaadin-i18n/translations",
                chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static String render(FailureKind kind, Locale locale, String errorId) {
        var bundle = bundle(locale);
        var title = bundle.getString(kind.messageKey() + ".title");
        var message = bundle.getString(kind.messageKey() + ".message");
        var language = "zh".equals(bundle.getLocale().getLanguage()) ? "zh-CN" : "en";
        var id = errorId == null
                ? ""
                : "<p id=\"error-id\">"
                        + HtmlUtils.htmlEscape(
                                bundle.getString("error.page.error-id").replace("{0}", errorId)) + "</p>";
        return """
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title></head>
                <body><main id="error-page"><h1 id="error-title">%s</h1><p id="error-message">%s</p>%s
                <a id="error-home" href="/">%s</a></main></body></html>
                """.formatted(
                        language,
                        HtmlUtils.htmlEscape(title),
                        HtmlUtils.htmlEscape(title),
                        HtmlUtils.htmlEscape(message),
                        id,
                        HtmlUtils.htmlEscape(bundle.getString("error.page.home")));
    }
}
