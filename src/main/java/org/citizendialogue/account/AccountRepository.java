package org.citizendialogue.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AccountRepository extends ListCrudRepository<Account, Long> {

    Optional<Account> findByEmail(String email);

    boolean existsByEmail(String email);

    @Query("SELECT * FROM account WHERE email_verified_at IS NULL AND erased_at IS NULL AND created_at < :cutoff")
    List<Account> findUnverifiedBefore(Instant cutoff);

    @Query("SELECT COUNT(*) FROM account_role WHERE role = 'ADMIN'")
    long countAdmins();
}
