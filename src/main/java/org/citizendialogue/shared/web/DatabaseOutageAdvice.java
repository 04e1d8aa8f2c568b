package org.citizendialogue.shared.web;

import org.citizendialogue.shared.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Open data and feeds (plain Spring MVC) answer 503 with problem details while the database is
 * unreachable, at once and without a stack trace in the log; other data failures go on to the
 * error page as 500s.
 */
@RestControllerAdvice
class DatabaseOutageAdvice {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageAdvice.class);

    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ResponseEntity<ProblemDetail> unreachable(RuntimeException failure) {
        if (!DatabaseOutage.causes(failure)) {
            throw failure;
        }
        log.warn("Database unreachable for open data: {}", failure.toString());
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE, "The portal cannot reach its database. Try again in a minute.");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", "60")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
