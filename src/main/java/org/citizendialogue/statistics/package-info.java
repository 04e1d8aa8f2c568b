/**
 * Read-only statistics of a programme and its topics: submissions by state, the answered share,
 * median and 90th-percentile times to a moderation decision and to an answer, top questions and
 * submissions per hour. Public per programme, and for admins; charts are SVG drawn on the server
 * from numbers, each with a table beside it.
 */
@ApplicationModule(allowedDependencies = {"answer", "programme", "shared", "submission", "verdict"})
package org.citizendialogue.statistics;

import org.springframework.modulith.ApplicationModule;
