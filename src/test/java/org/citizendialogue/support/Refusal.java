package org.citizendialogue.support;

import org.citizendialogue.shared.DomainException;

/** What a refused action said: the message key or the field of its {@link DomainException}. */
public final class Refusal {

    private Refusal() {}

    /** Runs the action, which must be refused, and returns the refusal. */
    public static DomainException of(Runnable action) {
        try {
            action.run();
        } catch (DomainException refused) {
            return refused;
        }
        throw new AssertionError("not refused");
    }

    public static String key(Runnable action) {
        return of(action).messageKey();
    }

    public static String field(Runnable action) {
        return of(action).field();
    }
}
