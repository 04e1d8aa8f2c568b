package org.citizendialogue.shared;

import java.util.Locale;

/**
 * An argument of a {@link DomainException} that reads differently in each language (a time, for
 * one): the place that shows the message formats it in the person's locale.
 */
public interface Localized {

    String in(Locale locale);
}
