package org.citizendialogue.moderation.ui;

/** A text in the reader's language: a component's {@code getTranslation}, handed to code that builds labels. */
@FunctionalInterface
interface Translation {

    String of(String key, Object... arguments);
}
