package org.citizendialogue.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/** Puts the shared {@link MovableClock} back after every test, whether it moved it or not. */
public final class MovableClockReset implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        SpringExtension.getApplicationContext(context)
                .getBeanProvider(MovableClock.class)
                .ifAvailable(MovableClock::reset);
    }
}
