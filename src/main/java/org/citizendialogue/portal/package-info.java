/**
 * The public face of the portal: the programme list, a programme, a topic thread and a single
 * question. It composes the read models of the dialogue, submission and answer modules and
 * hands residents' input to their services; nothing depends on it.
 */
@ApplicationModule(
        allowedDependencies = {
            "account",
            "answer",
            "moderation",
            "notification",
            "poll",
            "poll :: ui",
            "programme",
            "report",
            "shared",
            "submission",
            "verdict :: ui"
        })
package org.citizendialogue.portal;

import org.springframework.modulith.ApplicationModule;
