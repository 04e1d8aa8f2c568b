package org.citizendialogue.support;

import jakarta.mail.internet.MimeMessage;

import org.springframework.stereotype.Component;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server (GreenMail) in the test JVM, one for every application context of the run:
 * the test configuration points {@code spring.mail.host/port} at it, so every test context sends
 * real e-mails and the notification tests read what arrived. (One server per JVM: a second
 * context with other properties would swap Vaadin's security context strategy under the first.)
 */
@Component
public class TestMailServer {

    /** 3931 unless -Dtest.smtp.port says otherwise: two worktrees can then run their tests at once. */
    public static final int PORT = Integer.getInteger("test.smtp.port", 3931);

    private static GreenMail server;

    TestMailServer() {
        start();
    }

    private static synchronized void start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
    }

    public MimeMessage[] received() {
        return server.getReceivedMessages();
    }

    /**
     * Whether the e-mail is one of registration's (the link confirming a new address, or the
     * warning about a sign-up with an existing one): tests of notices and resets skip them.
     */
    public static boolean isRegistrationMail(MimeMessage mail) {
        var body = GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
        return body.contains("verify-email?token=") || body.contains("forgot-password");
    }
}
