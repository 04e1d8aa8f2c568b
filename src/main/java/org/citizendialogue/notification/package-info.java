/**
 * Notifications: in-app notices (the bell and the list on {@code /me}), what residents follow,
 * and the same notices by e-mail, per each person's setting. Everything here happens after the
 * change that caused it has committed, and nothing here can undo or delay that change.
 */
@ApplicationModule(allowedDependencies = {"account", "answer", "programme", "shared", "submission"})
package org.citizendialogue.notification;

import org.springframework.modulith.ApplicationModule;
