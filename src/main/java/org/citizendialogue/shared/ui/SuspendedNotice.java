package org.citizendialogue.shared.ui;

import java.time.Instant;

import com.vaadin.flow.component.html.Paragraph;

/**
 * Tells a suspended resident, before they start typing, that they cannot ask, comment, vote or
 * report, why, and until when. Shown where the forms would be; id {@code suspended-notice}.
 */
public class SuspendedNotice extends Paragraph {

    public SuspendedNotice(Instant until, String reason, TimeFormat time) {
        setId("suspended-notice");
        addClassNames("notice", "suspended-notice");
        getElement().setAttribute("role", "note");
        setText(getTranslation("suspension.notice", time.dateTime(until, getLocale()), reason));
    }
}
