package org.citizendialogue.shared;

import java.net.ConnectException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLTransientException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * Tells a failure caused by the database being unreachable (the pool timed out, the connection
 * was refused or dropped) from any other failure: the former is a 503 "try again in a minute",
 * the latter a 500 with an error id. See docs/operations.md.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {}

    /** Whether the database being unreachable is somewhere in the cause chain. */
    public static boolean causes(Throwable failure) {
        for (var c = failure; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof CannotGetJdbcConnectionException
                    || c instanceof DataAccessResourceFailureException
                    || c instanceof TransientDataAccessException
                    || c instanceof SQLTransientConnectionException
                    || c instanceof SQLNonTransientConnectionException
                    || c instanceof SQLTransientException
                    || c instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }
}
