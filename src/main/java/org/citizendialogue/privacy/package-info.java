/**
 * Residents' rights over their personal data (issue 12): "download my data" collects what every
 * module holds about the person through {@link org.citizendialogue.shared.PersonalDataSource},
 * so it reads no other module's tables.
 */
@ApplicationModule(allowedDependencies = {"account", "audit", "shared", "submission"})
package org.citizendialogue.privacy;

import org.springframework.modulith.ApplicationModule;
