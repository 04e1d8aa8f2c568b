package org.citizendialogue.shared.ui;

import java.util.Locale;

import org.citizendialogue.shared.Bilingual;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;

/**
 * Puts an admin-written {@link Bilingual} text into a component for the reader's locale (decision
 * 025): their language's version, else the other one with its {@code lang} attribute, so screen
 * readers switch voice, and, where a heading or card title would otherwise surprise, a small note
 * naming the language ("中文", "English", written in that language).
 */
public final class BilingualText {

    private BilingualText() {}

    /** Sets the element's text for the reader, with {@code lang} when it is the fallback. */
    public static <T extends HasElement> T show(T component, Bilingual text, Locale reader) {
        return put(component, text, reader, false);
    }

    /** Like {@link #show}, and a fallback also gets the small language note after the text. */
    public static <T extends HasElement> T showMarked(T component, Bilingual text, Locale reader) {
        return put(component, text, reader, true);
    }

    public static Span span(Bilingual text, Locale reader) {
        return show(new Span(), text, reader);
    }

    public static Anchor anchor(String href, Bilingual text, Locale reader) {
        return show(new Anchor(href, ""), text, reader);
    }

    private static <T extends HasElement> T put(T component, Bilingual text, Locale reader, boolean marked) {
        var shown = text.shown(reader);
        var element = component.getElement();
        element.setText(shown.text());
        if (shown.fallback()) {
            element.setAttribute("lang", shown.languageTag());
            if (marked) {
                element.appendChild(marker(shown.language()));
            }
        } else {
            element.removeAttribute("lang");
        }
        return component;
    }

    /** "中文" or "English": the language's own name, marked as such. */
    static Element marker(Locale language) {
        var chinese = Bilingual.isChinese(language);
        var note = new Element("span");
        note.setText(chinese ? "中文" : "English");
        note.setAttribute("lang", language.toLanguageTag());
        note.getClassList().add("lang-note");
        return note;
    }
}
