package org.citizendialogue.shared;

import java.util.Arrays;
import java.util.Locale;

/**
 * A rule of the domain refused an action. It carries a message key of the UI bundles (and its
 * arguments) rather than a text, so that the person sees it in their own language; the optional
 * field names the form field the message belongs next to.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final String field;
    private final transient Object[] arguments;

    public DomainException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    private DomainException(String field, String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    /** A refusal that belongs next to one form field. */
    public static DomainException atField(String field, String messageKey, Object... arguments) {
        return new DomainException(field, messageKey, arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** The arguments with the {@link Localized} ones formatted for the reader. */
    public Object[] arguments(Locale locale) {
        return Arrays.stream(arguments)
                .map(a -> a instanceof Localized l ? l.in(locale) : a)
                .toArray();
    }

    public String field() {
        return field;
    }
}
