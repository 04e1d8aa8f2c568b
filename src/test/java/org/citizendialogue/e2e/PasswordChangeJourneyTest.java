package org.citizendialogue.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.citizendialogue.support.Residents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A resident signed in on two devices changes the password on one: that one stays signed in
 * (the change is made from a Vaadin click, which may come over the push WebSocket), the other is
 * signed out at its next request.
 */
class PasswordChangeJourneyTest extends BrowserTest {

    @Autowired
    Residents residents;

    @Test
    void changing_the_password_keeps_this_session_and_ends_the_other() {
        var email = residents.register("Two Devices");
        var laptop = openBrowser();
        laptop.signIn(email, Residents.PASSWORD);
        var phone = openBrowser();
        phone.signIn(email, Residents.PASSWORD);

        laptop.open("me");
        laptop.type("password-current", Residents.PASSWORD);
        laptop.type("password-new", "lanterns over the houhai lake");
        laptop.click("password-change-submit");
        laptop.waitForText("Your password has been changed");

        laptop.open("me");
        assertThat(laptop.present("password-change")).as("this session goes on").isTrue();
        assertThat(laptop.present("nav-logout")).isTrue();
        phone.open("me");
        assertThat(phone.driver().getCurrentUrl())
                .as("the other device signs in again")
                .contains("login");
    }
}
