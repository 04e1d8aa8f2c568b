package org.citizendialogue.shared.ui;

import java.util.List;
import java.util.function.IntConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * "Previous page" and "Next page" for a list read from the database a page at a time. The list
 * asks for {@link #fetchSize()} rows, one more than a page, and {@link #shown} keeps the page and
 * tells the buttons whether there is a page before and after it.
 */
public class PageButtons extends Div {

    private final int size;
    private final IntConsumer load;
    private final Button previous = new Button();
    private final Button next = new Button();
    private int offset;

    /** {@code load} shows the page that starts at the offset it is given. */
    public PageButtons(String previousId, String nextId, int size, IntConsumer load) {
        this.size = size;
        this.load = load;
        previous.setText(getTranslation("paging.previous"));
        previous.setId(previousId);
        previous.addClickListener(e -> go(Math.max(0, offset - size)));
        next.setText(getTranslation("paging.next"));
        next.setId(nextId);
        next.addClickListener(e -> go(offset + size));
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL);
        add(previous, next);
    }

    /** Shows the first page, e.g. after the filters changed. */
    public void first() {
        go(0);
    }

    /** Shows the current page again, after something on it changed. */
    public void reload() {
        go(offset);
    }

    /** How many rows to read: a page and one more, which tells whether a next page exists. */
    public int fetchSize() {
        return size + 1;
    }

    /** The rows of this page out of what was read, with the buttons set for it. */
    public <T> List<T> shown(List<T> fetched) {
        previous.setEnabled(offset > 0);
        next.setEnabled(fetched.size() > size);
        return fetched.subList(0, Math.min(size, fetched.size()));
    }

    private void go(int newOffset) {
        offset = newOffset;
        load.accept(offset);
    }
}
