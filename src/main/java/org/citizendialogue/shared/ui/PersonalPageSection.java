package org.citizendialogue.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * A part of the signed-in person's own page ({@code /me}) that another module contributes
 * (notices, follows, e-mail settings), so that the page needs to know none of them.
 */
public interface PersonalPageSection {

    /** Where the section goes among the others; lower first. */
    int position();

    /** A new component for one page view. */
    Component create();
}
