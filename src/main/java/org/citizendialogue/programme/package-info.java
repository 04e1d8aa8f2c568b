/**
 * Programmes ("dialogues"), their bureau, guest and topics, and the programme lifecycle
 * DRAFT → OPEN → LIVE → CLOSED → ARCHIVED. Other modules refer to programmes and topics by id
 * and read them through {@link org.citizendialogue.programme.ProgrammeService}.
 */
@ApplicationModule(allowedDependencies = {"audit", "shared"})
package org.citizendialogue.programme;

import org.springframework.modulith.ApplicationModule;
