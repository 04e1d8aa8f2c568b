package org.citizendialogue.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which requests skip the static file lookup (issue 13): Vaadin's own, by their v-r parameter, and nothing else. */
class VaadinRequestsNotFilesTest {

    @Test
    void vaadinsOwnRequestsAreNoFiles() {
        assertThat(VaadinRequestsNotFiles.isVaadinRequest("v-r=heartbeat&v-uiId=3"))
                .isTrue();
        assertThat(VaadinRequestsNotFiles.isVaadinRequest("v-r=uidl&v-uiId=0")).isTrue();
        assertThat(VaadinRequestsNotFiles.isVaadinRequest("location=x&v-r=init"))
                .isTrue();
    }

    @Test
    void everythingElseIsLookedUpAsBefore() {
        assertThat(VaadinRequestsNotFiles.isVaadinRequest(null)).isFalse();
        assertThat(VaadinRequestsNotFiles.isVaadinRequest("")).isFalse();
        assertThat(VaadinRequestsNotFiles.isVaadinRequest("q=v-r=uidl")).isFalse();
        assertThat(VaadinRequestsNotFiles.isVaadinRequest("xv-r=uidl")).isFalse();
    }
}
