package org.citizendialogue.account;

import java.util.Optional;

import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

/** The suspensions as aggregates; reading the ones in force is {@link SuspensionQueries}. */
interface SuspensionOrderRepository extends ListCrudRepository<SuspensionOrder, Long> {

    /** One suspension, locked: two moderators lifting it at once take turns, and the second finds it lifted. */
    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<SuspensionOrder> findLockedById(long id);
}
