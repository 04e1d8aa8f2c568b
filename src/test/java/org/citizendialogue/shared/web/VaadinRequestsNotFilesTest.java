package org.citizendialogue.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Which requests skip the static file lookup (issue 13): Vaadin's own, by their v-r parameter, and
 * page addresses whose last segment has no dot (every file the portal serves has an extension).
 */
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

    @Test
    void a_page_address_is_no_file() {
        assertThat(VaadinRequestsNotFiles.cannotBeAFile("/dialogues/digital-economy-benchmark-city/topics/five-sons"))
                .isTrue();
        assertThat(VaadinRequestsNotFiles.cannotBeAFile("/questions/15")).isTrue();
        assertThat(VaadinRequestsNotFiles.cannotBeAFile("/search")).isTrue();
    }

    @Test
    void files_the_root_and_folders_are_looked_up_as_before() {
        assertThat(VaadinRequestsNotFiles.cannotBeAFile("/styles/citizen-dialogue.css"))
                .isFalse();
        assertThat(VaadinRequestsNotFiles.cannotBeAFile("/VAADIN/build/indexhtml-abc.js"))
                .isFalse();
        assertThat(VaadinRequestsNotFiles.cannotBeAFile("/sw.js")).isFalse();
        assertThat(VaadinRequestsNotFiles.cannotBeAFile("/favicon.ico")).isFalse();
        assertThat(VaadinRequestsNotFiles.cannotBeAFile("/")).isFalse();
        assertThat(VaadinRequestsNotFiles.cannotBeAFile("/VAADIN/")).isFalse();
        assertThat(VaadinRequestsNotFiles.cannotBeAFile("")).isFalse();
        assertThat(VaadinRequestsNotFiles.cannotBeAFile(null)).isFalse();
    }
}
