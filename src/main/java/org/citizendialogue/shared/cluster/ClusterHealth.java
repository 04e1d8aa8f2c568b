package org.citizendialogue.shared.cluster;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The {@code cluster} health indicator, part of readiness: UP on a single node and while Redis
 * answers; DEGRADED (still HTTP 200, so the load balancer keeps the node) while a configured Redis
 * is unreachable and the node serves only its own pages with its own limits (decision 026).
 */
@Component("clusterHealthContributor")
class ClusterHealth implements HealthIndicator {

    static final Status DEGRADED =
            new Status("DEGRADED", "Redis unreachable: this node serves its own pages, limits per node");

    private final ObjectProvider<RedisBus> redis;

    ClusterHealth(ObjectProvider<RedisBus> redis) {
        this.redis = redis;
    }

    @Override
    public Health health() {
        var bus = redis.getIfAvailable();
        if (bus == null) {
            return Health.up().withDetail("bus", "single node").build();
        }
        return (bus.reachable() ? Health.up() : Health.status(DEGRADED))
                .withDetail("bus", "redis")
                .withDetail("node", bus.node())
                .build();
    }
}
