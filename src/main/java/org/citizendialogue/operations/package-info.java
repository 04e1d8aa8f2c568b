/**
 * What operators watch: the portal's own figures for Prometheus that follow from its events
 * (pending queue, submissions, sign-ins). Push fan-out, open UIs and rate-limit refusals are
 * measured where they happen, in {@code shared}; who may read them is
 * {@code shared.metrics.MetricsAccess}. See docs/decisions/022-metrics.md.
 */
@ApplicationModule(allowedDependencies = {"submission"})
package org.citizendialogue.operations;

import org.springframework.modulith.ApplicationModule;
