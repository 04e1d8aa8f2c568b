package org.citizendialogue.shared.web;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code db} health indicator (replacing Boot's, which waits as long as the pool does): a
 * connection and a validity check, given at most {@code dialogue.health.db-timeout} (default
 * 800 ms) before it says DOWN. Part of the readiness group, so a load balancer stops sending
 * people to an instance that cannot reach its database. One check runs at a time; callers
 * during a slow check share it.
 */
@Component("dbHealthContributor")
class DatabaseReadiness implements HealthIndicator {

    private final DataSource dataSource;
    private final Duration timeout;
    private final ExecutorService checks = Executors.newVirtualThreadPerTaskExecutor();
    private CompletableFuture<Health> running;

    DatabaseReadiness(DataSource dataSource, @Value("${dialogue.health.db-timeout:800ms}") Duration timeout) {
        this.dataSource = dataSource;
        this.timeout = timeout;
    }

    @Override
    public Health health() {
        try {
            return check().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return Health.down()
                    .withDetail("error", "no answer within " + timeout.toMillis() + " ms")
                    .build();
        } catch (ExecutionException e) {
            return Health.down()
                    .withDetail("error", e.getCause().getClass().getSimpleName())
                    .build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down().build();
        }
    }

    private synchronized CompletableFuture<Health> check() {
        if (running == null || running.isDone()) {
            running = CompletableFuture.supplyAsync(this::connect, checks);
        }
        return running;
    }

    private Health connect() {
        try (var connection = dataSource.getConnection()) {
            var seconds = (int) Math.max(1, timeout.toSeconds());
            return connection.isValid(seconds)
                    ? Health.up().withDetail("database", "reachable").build()
                    : Health.down().withDetail("error", "connection not valid").build();
        } catch (SQLException e) {
            return Health.down()
                    .withDetail("error", e.getClass().getSimpleName())
                    .build();
        }
    }
}
