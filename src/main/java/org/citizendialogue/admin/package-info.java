/**
 * The admins' screens under {@code /admin}: programmes and topics, accounts and roles, the
 * managed lists, and a link to the statistics. It owns no data: every screen calls the public
 * services of the module that owns the thing ({@code dialogue.ProgrammeAdmin},
 * {@code account.AccountAdmin}, {@code audit.AuditLog}), which check the ADMIN role themselves.
 */
@ApplicationModule(
        allowedDependencies = {
            "account",
            "answer",
            "audit",
            "notification",
            "privacy",
            "programme",
            "shared",
            "submission"
        })
package org.citizendialogue.admin;

import org.springframework.modulith.ApplicationModule;
