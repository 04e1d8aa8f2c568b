package org.citizendialogue.shared.ui;

import java.util.Locale;
import java.util.Optional;

/** Where a signed-in person's chosen language is kept; implemented by the account module. */
public interface LocalePreference {

    Optional<Locale> preferred();

    void remember(Locale locale);
}
