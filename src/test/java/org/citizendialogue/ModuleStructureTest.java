package org.citizendialogue;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Modules talk only through each other's public face and events, and never in a cycle. */
class ModuleStructureTest {

    @Test
    void modules_respect_their_boundaries() {
        ApplicationModules.of(Application.class).verify();
    }
}
