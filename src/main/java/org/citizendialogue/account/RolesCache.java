package org.citizendialogue.account;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.citizendialogue.shared.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The roles each signed-in account holds now, read from the database at most every
 * {@code dialogue.roles.cache-ttl} (default 3 s) per account, and forgotten at once when an admin
 * changes them on this instance. A read that takes longer than {@code dialogue.roles.max-wait}
 * (default 500 ms), or fails because the database is unreachable, answers "unknown", and the
 * request keeps the roles its session already has. See docs/decisions/008-role-changes.md.
 */
@Component
class RolesCache {

    private static final Logger log = LoggerFactory.getLogger(RolesCache.class);

    /** What the database says about an account: its roles and whether it enrolled a second factor, or that it is gone. */
    record Current(Optional<Set<Roles>> roles, boolean secondFactorEnrolled) {
        boolean accountGone() {
            return roles.isEmpty();
        }
    }

    private final JdbcClient jdbc;
    private final Duration maxWait;
    private final AsyncLoadingCache<Long, Current> cache;

    RolesCache(
            JdbcClient jdbc,
            @Value("${dialogue.roles.cache-ttl:3s}") Duration ttl,
            @Value("${dialogue.roles.max-wait:500ms}") Duration maxWait) {
        this.jdbc = jdbc;
        this.maxWait = maxWait;
        this.cache = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterWrite(ttl)
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .buildAsync(this::read);
    }

    /** The account's current roles, or empty when the database did not say in time. */
    Optional<Current> current(long accountId) {
        try {
            return Optional.of(cache.get(accountId).get(maxWait.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException | ExecutionException e) {
            log.warn(
                    "Roles of account {} not re-read ({}); the session's roles are kept",
                    accountId,
                    e instanceof TimeoutException
                            ? "no answer within " + maxWait.toMillis() + " ms"
                            : e.getCause().toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The roles the account holds, read now past the cache (for a security decision being made); none when it is gone. */
    Set<Roles> heldNow(long accountId) {
        return read(accountId).roles().orElse(Set.of());
    }

    /** Forgets the account's roles now and again after the changing transaction commits. */
    void forget(long accountId) {
        cache.synchronous().invalidate(accountId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    cache.synchronous().invalidate(accountId);
                }
            });
        }
    }

    private Current read(long accountId) {
        record Row(String role, boolean enrolled) {}
        var rows = jdbc.sql("""
                SELECT r.role, f.confirmed_at IS NOT NULL AS enrolled FROM account a
                LEFT JOIN account_role r ON r.account_id = a.id
                LEFT JOIN second_factor f ON f.account_id = a.id
                WHERE a.id = :id
                """)
                .param("id", accountId)
                .query((rs, n) -> new Row(Objects.toString(rs.getString(1), ""), rs.getBoolean(2)))
                .list();
        if (rows.isEmpty()) {
            return new Current(Optional.empty(), false);
        }
        var roles = EnumSet.noneOf(Roles.class);
        rows.stream()
                .map(Row::role)
                .filter(r -> !r.isEmpty())
                .map(Roles::valueOf)
                .forEach(roles::add);
        return new Current(Optional.of(Set.copyOf(roles)), rows.getFirst().enrolled());
    }
}
