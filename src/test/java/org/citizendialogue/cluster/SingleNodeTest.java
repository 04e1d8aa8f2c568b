package org.citizendialogue.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.citizendialogue.shared.cluster.RedisBus;
import org.citizendialogue.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.ApplicationContext;
import org.springframework.data.redis.connection.RedisConnectionFactory;

/** Issue 14: with no Redis configured (the embedded default) the portal is one node and starts no Redis client. */
@IntegrationTest
class SingleNodeTest {

    @Autowired
    ApplicationContext context;

    @Test
    void no_redis_is_configured_so_none_is_used_and_the_cluster_check_is_up() {
        assertThat(context.getBeanProvider(RedisBus.class).getIfAvailable()).isNull();
        assertThat(context.getBeanProvider(RedisConnectionFactory.class).getIfAvailable())
                .isNull();
        var health = context.getBean("clusterHealthContributor", HealthIndicator.class)
                .health();
        assertThat(health.getStatus().getCode()).isEqualTo("UP");
        assertThat(health.getDetails()).containsEntry("bus", "single node");
    }
}
