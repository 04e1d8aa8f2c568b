package org.citizendialogue.notification;

import java.time.Instant;

/** An e-mail kept in the demo outbox: the recipient, the subject, when, and the plain text only. */
public record OutboxMail(String to, String subject, Instant sentAt, String text) {}
