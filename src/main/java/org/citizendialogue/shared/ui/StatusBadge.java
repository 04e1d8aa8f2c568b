package org.citizendialogue.shared.ui;

import com.vaadin.flow.component.html.Span;

/** A small labelled badge; the word carries the meaning, the colour only repeats it. */
public final class StatusBadge extends Span {

    public StatusBadge(String text, String variant) {
        super(text);
        addClassNames("status-badge", "status-" + variant);
    }
}
