package org.citizendialogue.answer;

import org.citizendialogue.submission.DeskOrder;

/** What the answer desk lists: the state, one topic or all (null), and the order. */
public record DeskFilter(DeskState state, Long topicId, DeskOrder order) {

    public static final DeskFilter WAITING = new DeskFilter(DeskState.UNANSWERED, null, DeskOrder.LONGEST_WAITING);

    public DeskFilter {
        state = state == null ? DeskState.UNANSWERED : state;
        order = order == null ? DeskOrder.LONGEST_WAITING : order;
    }
}
