/**
 * Questions and comments from residents, and their lifecycle: PENDING → PUBLISHED or REJECTED,
 * PENDING → WITHDRAWN. Moderators decide through {@link org.citizendialogue.submission.SubmissionService};
 * only published text is ever returned by the public queries.
 */
@ApplicationModule(allowedDependencies = {"account", "audit", "dialogue", "shared"})
package org.citizendialogue.submission;

import org.springframework.modulith.ApplicationModule;
