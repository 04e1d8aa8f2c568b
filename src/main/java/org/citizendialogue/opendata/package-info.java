/**
 * Open data over plain HTTP, with no sign-in and no UI (docs/decisions/007): a public programme's
 * published questions and answers as CSV and JSON, and Atom feeds of published answers. It reads
 * the dialogue, submission and answer modules through their public read services only.
 */
@ApplicationModule(allowedDependencies = {"answer", "programme", "shared", "submission"})
package org.citizendialogue.opendata;

import org.springframework.modulith.ApplicationModule;
