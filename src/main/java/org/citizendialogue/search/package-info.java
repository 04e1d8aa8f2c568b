/**
 * Full-text search over published questions, comments and answers, in Chinese and English
 * (docs/decisions/006). An in-memory Lucene index is rebuilt from the database at start and kept
 * in step after each commit that publishes or withdraws text; pending, rejected and withdrawn
 * text is never in it.
 */
@ApplicationModule(allowedDependencies = {"answer", "programme", "shared", "submission"})
package org.citizendialogue.search;

import org.springframework.modulith.ApplicationModule;
