package org.citizendialogue.account;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.citizendialogue.shared.Bilingual;
import org.citizendialogue.shared.Roles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads for {@link AccountAdmin}: account lists with their roles, and the lock on the admins. */
@Component
class AccountAdminQueries {

    private final JdbcClient jdbc;

    AccountAdminQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Accounts whose e-mail or lower-cased display name matches the LIKE pattern (escaped with !), by e-mail. */
    List<AccountRow> search(String pattern, int offset, int limit) {
        var rows = jdbc.sql("""
                SELECT id, email, display_name, public_title, public_title_zh FROM account
                WHERE erased_at IS NULL AND (email LIKE :p ESCAPE '!' OR LOWER(display_name) LIKE :p ESCAPE '!')
                ORDER BY email LIMIT :limit OFFSET :offset
                """)
                .param("p", pattern)
                .param("limit", limit)
                .param("offset", offset)
                .query(Row.class)
                .list();
        return withRoles(rows);
    }

    /** Accounts holding the role, by display name. */
    List<AccountRow> withRole(Roles role, int limit) {
        var rows = jdbc.sql("""
                SELECT a.id, a.email, a.display_name, a.public_title, a.public_title_zh FROM account a
                JOIN account_role r ON r.account_id = a.id AND r.role = :role
                ORDER BY a.display_name, a.id LIMIT :limit
                """)
                .param("role", role.name())
                .param("limit", limit)
                .query(Row.class)
                .list();
        return withRoles(rows);
    }

    /** Locks the admins' role rows (so two admins cannot revoke the last two admins at once); returns how many. */
    long lockAdmins() {
        return jdbc.sql("SELECT account_id FROM account_role WHERE role = 'ADMIN' FOR UPDATE")
                .query(Long.class)
                .list()
                .size();
    }

    private List<AccountRow> withRoles(List<Row> rows) {
        var roles = rolesOf(rows.stream().map(Row::id).toList());
        return rows.stream()
                .map(r -> new AccountRow(
                        r.id(),
                        AccountRow.mask(r.email()),
                        r.displayName(),
                        Bilingual.of(r.publicTitleZh(), r.publicTitle()),
                        roles.getOrDefault(r.id(), EnumSet.noneOf(Roles.class))))
                .toList();
    }

    private Map<Long, Set<Roles>> rolesOf(Collection<Long> ids) {
        var result = new HashMap<Long, Set<Roles>>();
        if (ids.isEmpty()) {
            return result;
        }
        jdbc.sql("SELECT account_id, role FROM account_role WHERE account_id IN (:ids)")
                .param("ids", ids)
                .query(rs -> {
                    result.computeIfAbsent(rs.getLong("account_id"), k -> EnumSet.noneOf(Roles.class))
                            .add(Roles.valueOf(rs.getString("role")));
                });
        return result;
    }

    private record Row(long id, String email, String displayName, String publicTitle, String publicTitleZh) {}
}
