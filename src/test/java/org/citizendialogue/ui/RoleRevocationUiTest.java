package org.citizendialogue.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Locale;

import org.citizendialogue.account.AccountAdmin;
import org.citizendialogue.moderation.QueueFeed;
import org.citizendialogue.shared.Roles;
import org.citizendialogue.shared.live.LiveUpdates;
import org.citizendialogue.support.Acting;
import org.citizendialogue.support.Demo;
import org.citizendialogue.support.IntegrationTest;
import org.citizendialogue.support.Moderators;
import org.citizendialogue.support.Residents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.Component;

/**
 * Issue 11, finding 4: a moderator whose role is revoked while the queue is open leaves it at
 * once, stops receiving new submissions by push, and is told why; a tab on a page they may
 * still see stays where it is.
 */
@IntegrationTest
class RoleRevocationUiTest {

    private static final Duration WITHIN = Duration.ofSeconds(5);

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Autowired
    Moderators moderators;

    @Autowired
    Residents residents;

    @Autowired
    AccountAdmin accountAdmin;

    @Autowired
    LiveUpdates live;

    @Autowired
    Acting acting;

    @Autowired
    JdbcClient jdbc;

    private SecuredBrowserlessApplicationContext<Authentication> app;

    @BeforeEach
    void start() {
        app = SpringBrowserlessApplicationContext.createSecured(context, "org.citizendialogue");
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void a_demoted_moderator_leaves_the_queue_and_no_longer_receives_it() {
        var email = moderators.register("Soon Demoted");
        long accountId = residents.idOf(email);
        var user = users.loadUserByUsername(email);
        var session = app.newUser(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        var queue = session.newWindow();
        queue.getUI().setLocale(Locale.ENGLISH);
        queue.activate();
        queue.navigate("moderation", Component.class);
        var topicTab = session.newWindow();
        topicTab.getUI().setLocale(Locale.ENGLISH);
        topicTab.activate();
        topicTab.navigate("dialogues/" + Demo.DIALOGUE, Component.class);
        int subscribed = live.subscribers(QueueFeed.QUEUE);
        assertThat(shows(queue, "queue-count")).isTrue();

        acting.run(Demo.ADMIN, () -> accountAdmin.revoke(accountId, Roles.MODERATOR));

        await().atMost(WITHIN).pollInSameThread().until(() -> !shows(queue, "queue-count"));
        assertThat(live.subscribers(QueueFeed.QUEUE)).isEqualTo(subscribed - 1);
        queue.activate();
        assertThat(queue.getUI().getActiveViewLocation().getPath()).isEmpty();
        assertThat(topicTab.getUI().getActiveViewLocation().getPath())
                .as("a public page stays")
                .isEqualTo("dialogues/" + Demo.DIALOGUE);
    }

    private static boolean shows(BrowserlessUIContext window, String id) {
        window.activate();
        window.roundTrip();
        return window.find(Component.class).withId(id).exists();
    }
}
