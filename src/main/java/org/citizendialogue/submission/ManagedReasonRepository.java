package org.citizendialogue.submission;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

/**
 * The rejection reasons as aggregates. One named exception writes without the aggregate: the list's
 * order ({@link #placeAt}), so that reordering never makes an admin's open edit of a reason's texts
 * stale (the order is not what that admin saw and changes).
 */
interface ManagedReasonRepository extends ListCrudRepository<ManagedReason, Long> {

    Optional<ManagedReason> findByCode(String code);

    List<ManagedReason> findAllByOrderByPositionAscIdAsc();

    List<ManagedReason> findByActiveTrueOrderByPositionAscIdAsc();

    /** The whole list, locked, to renumber it. */
    @Lock(LockMode.PESSIMISTIC_WRITE)
    List<ManagedReason> findAllByIdNotNullOrderByPositionAscIdAsc();

    @Modifying
    @Query("UPDATE rejection_reason SET position = :position WHERE id = :id")
    void placeAt(long id, int position);
}
